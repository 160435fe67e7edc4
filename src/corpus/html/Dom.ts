/**
 * The few DOM members Verbatim reads, typed here because the project compiles without the DOM library (it runs
 * on Node). linkedom's documents and Readability's output nodes have them.
 */
export interface DomNode {
  /** 1 for elements, 3 for text. */
  readonly nodeType: number;
  /** Upper-case tag name for elements (`P`, `H2`), `#text` for text. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}

export interface DomDocument {
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
