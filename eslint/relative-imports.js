// Shared by the boundary rules: every place a file names another by a relative specifier
// (import, re-export, dynamic import), resolved against the importing file. Lexical on purpose:
// no module resolver, and type-only and CSS imports are seen too.
import { dirname, resolve } from 'node:path';

/**
 * `check(node, spec, target)` for each relative specifier `file` names; `visit(node)` checks one
 * more string literal (a rule's own selector), `visitors` are the rule's listeners.
 */
export function relativeImports(file, check) {
  const visit = (node) => {
    const spec = node?.value;
    if (typeof spec !== 'string' || !spec.startsWith('.')) return;
    check(node, spec, resolve(dirname(file), spec));
  };
  return {
    visit,
    visitors: {
      ImportDeclaration: (node) => visit(node.source),
      ExportNamedDeclaration: (node) => visit(node.source),
      ExportAllDeclaration: (node) => visit(node.source),
      ImportExpression: (node) => visit(node.source),
    },
  };
}
