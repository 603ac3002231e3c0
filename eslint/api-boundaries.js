// ESLint rule for the API's rooms (docs/decisions/0007-api-boundaries.md):
// - apps/api/src/graphql/ and apps/api/src/common/ are infrastructure and import no module;
// - anything outside a module (another module, app.module, cli/, database/) reaches it only
//   through its public surfaces: apps/api/src/modules/<name>/index.ts (Nest module, services,
//   models) and, for the tables it owns, modules/<name>/repository.ts (plain data functions,
//   no Nest; docs/decisions/0013-repositories.md).
// Lexical like the web rule: relative specifiers are resolved against the importing file.
import { sep } from 'node:path';
import { relativeImports } from './relative-imports.js';

/** The files of a module that other rooms may import. */
const PUBLIC_SURFACES = new Set(['index.js', 'repository.js']);

const API_SRC = `${sep}apps${sep}api${sep}src${sep}`;

/** { room: 'modules/<name>' | 'graphql' | 'common' | …, rest: path inside it } or null. */
function roomOf(file) {
  const at = file.indexOf(API_SRC);
  if (at < 0) return null;
  const parts = file.slice(at + API_SRC.length).split(sep);
  if (parts[0] === 'modules' && parts.length > 2) {
    return { room: `modules/${parts[1]}`, rest: parts.slice(2).join('/') };
  }
  return { room: parts[0], rest: parts.slice(1).join('/') };
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'API infrastructure imports no module; modules meet via index.ts.' },
    schema: [],
    messages: {
      infrastructure:
        "{{from}}/ is infrastructure and may not import '{{spec}}' from {{to}}: let the module register with it instead.",
      internals:
        "'{{spec}}' reaches into {{to}}: import its public surface ({{to}}/index.js, or {{to}}/repository.js for its tables) instead.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = roomOf(file);
    if (from === null) return {};

    return relativeImports(file, (node, spec, target) => {
      const to = roomOf(target);
      if (!to?.room.startsWith('modules/') || to.room === from.room) return;
      const data = { spec, from: from.room, to: to.room };
      if (from.room === 'graphql' || from.room === 'common') {
        context.report({ node, messageId: 'infrastructure', data });
      } else if (!PUBLIC_SURFACES.has(to.rest)) {
        context.report({ node, messageId: 'internals', data });
      }
    }).visitors;
  },
};

export default { rules: { 'module-boundaries': rule } };
