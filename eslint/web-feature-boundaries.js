// ESLint rule for the web client: a feature (apps/web/src/modules/<feature>) may import its own
// files, the shared layer (src/shared), the app's infrastructure (src/app) and the generated
// GraphQL types, but never another feature; the shared layer imports no feature at all.
// The check is lexical (relative specifiers resolved against the importing file), so it needs
// no module resolver and sees type-only imports and CSS imports too.
import { sep } from 'node:path';
import { relativeImports } from './relative-imports.js';

const WEB_SRC = `${sep}apps${sep}web${sep}src${sep}`;

/** 'feature:<name>', 'shared', 'app', 'generated' or null (outside the web sources). */
function areaOf(file) {
  const at = file.indexOf(WEB_SRC);
  if (at < 0) return null;
  const [top, name] = file.slice(at + WEB_SRC.length).split(sep);
  if (top === 'modules' && name) return `feature:${name}`;
  return top ?? null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Web features import the shared layer, not each other.' },
    schema: [],
    messages: {
      crossFeature:
        "Feature '{{from}}' imports '{{spec}}' from feature '{{to}}': features do not import each other. Use or move the piece into apps/web/src/shared/.",
      sharedToFeature:
        "The shared layer imports '{{spec}}' from feature '{{to}}': apps/web/src/shared/ must not depend on a feature.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = areaOf(file);
    if (from === null || (from !== 'shared' && !from.startsWith('feature:'))) return {};

    const { visit, visitors } = relativeImports(file, (node, spec, target) => {
      const to = areaOf(target + sep);
      if (!to?.startsWith('feature:') || to === from) return;
      const data = { spec, from: from.slice(8), to: to.slice(8) };
      const messageId = from === 'shared' ? 'sharedToFeature' : 'crossFeature';
      context.report({ node, messageId, data });
    });
    return {
      ...visitors,
      'CallExpression[callee.object.name="jest"][callee.property.name="mock"]': (node) =>
        visit(node.arguments[0]),
    };
  },
};

export default { rules: { 'feature-boundaries': rule } };
