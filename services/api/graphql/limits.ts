import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** What one document may ask for, checked before it runs (tokens are counted earlier, by the parser). */
export interface DocumentLimits {
  /** Fields with a selection nested in one another, fragments followed (`ofType` excepted, see below). */
  maxDepth: number;
  /** Fields in the document as it reads with every fragment written out where it is spread. */
  maxFields: number;
  maxAliases: number;
  maxDirectives: number;
}

interface Shape {
  depth: number;
  fields: number;
}

/**
 * The depth and the number of fields of each operation with its fragments expanded, in time linear in the document:
 * each fragment is measured once and its shape reused wherever it is spread, so twenty fragments each spreading the
 * next twice (a million fields expanded, in under a kilobyte) cost twenty measurements, not a million. A fragment
 * that spreads itself counts as empty here; graphql-js's NoFragmentCycles rule refuses it.
 * `ofType` does not add depth: it walks the wrappers of one type (`[T!]!`), which end after a few steps whatever the
 * query asks, and the standard introspection query nests it eight times.
 */
export function measureOperations(document: DocumentNode): Map<string | undefined, Shape> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measured = new Map<string, Shape>();
  const measuring = new Set<string>();
  const empty: Shape = { depth: 0, fields: 0 };

  const ofFragment = (name: string): Shape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || measuring.has(name)) return empty;
    measuring.add(name);
    const shape = ofSelections(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, shape);
    return shape;
  };
  const ofSelection = (selection: SelectionNode): Shape => {
    if (selection.kind === Kind.FRAGMENT_SPREAD) return ofFragment(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return ofSelections(selection.selectionSet);
    const inner = ofSelections(selection.selectionSet);
    const level = selection.selectionSet && selection.name.value !== 'ofType' ? 1 : 0;
    return { depth: inner.depth + level, fields: inner.fields + 1 };
  };
  function ofSelections(set: SelectionSetNode | undefined): Shape {
    let depth = 0;
    let fields = 0;
    for (const selection of set?.selections ?? []) {
      const shape = ofSelection(selection);
      depth = Math.max(depth, shape.depth);
      fields += shape.fields;
    }
    return { depth, fields };
  }

  const operations = new Map<string | undefined, Shape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.set(definition.name?.value, ofSelections(definition.selectionSet));
  }
  return operations;
}

/**
 * Refuses, before anything runs, a document deeper, larger (fragments expanded), or with more aliases or directives
 * than the office allows: such a document costs the server, not the client. Introspection is counted like any other
 * query, and the standard introspection query (GraphiQL's, codegen's) fits the defaults.
 */
export function documentLimits(limits: DocumentLimits): ValidationRule {
  return (context: ValidationContext) => {
    const refuse = (message: string) => context.reportError(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
    return {
      Document(document) {
        let aliases = 0;
        let directives = 0;
        visit(document, {
          Field: (field) => void (field.alias && aliases++),
          Directive: () => void directives++,
        });
        if (aliases > limits.maxAliases)
          refuse(`The query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed. Split it into smaller queries.`);
        if (directives > limits.maxDirectives)
          refuse(`The query uses ${directives} directives; at most ${limits.maxDirectives} are allowed. Split it into smaller queries.`);
        for (const [name, { depth, fields }] of measureOperations(document)) {
          const operation = name ? `The operation ${name}` : 'The query';
          if (depth > limits.maxDepth)
            refuse(`${operation} is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed. Split it into smaller queries.`);
          if (fields > limits.maxFields) {
            refuse(
              `${operation} asks for ${fields} fields once its fragments are written out; at most ${limits.maxFields} are allowed. Ask for fewer fields, or spread each fragment fewer times.`,
            );
          }
        }
        // Nothing below needs visiting: the whole document is measured.
        return false;
      },
    };
  };
}
