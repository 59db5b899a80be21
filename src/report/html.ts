// The job summary's markup, written as @actions/core's summary builder writes it (`<h2>`, `<ul><li>`, `<table><tr>`
// with `<th>` for header cells, a line end after each block), without loading @actions/core: the action starts
// faster without its HTTP and OIDC modules. A unit test holds the markup equal to the library's.
// Everything given here is already HTML: the callers encode every word of a peer with forHtml/escapeHtml first.
import { EOL } from 'node:os';

export type Cell = string | { data: string; header?: boolean };

export class HtmlBuffer {
  private text = '';

  addRaw(html: string, addEol = false): this {
    this.text += html;
    if (addEol) this.text += EOL;
    return this;
  }

  addHeading(html: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 1): this {
    return this.addRaw(`<h${level}>${html}</h${level}>`, true);
  }

  addList(items: readonly string[]): this {
    return this.addRaw(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`, true);
  }

  addTable(rows: readonly (readonly Cell[])[]): this {
    const cell = (c: Cell): string => {
      if (typeof c === 'string') return `<td>${c}</td>`;
      const tag = c.header ? 'th' : 'td';
      return `<${tag}>${c.data}</${tag}>`;
    };
    return this.addRaw(`<table>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`, true);
  }

  toString(): string {
    return this.text;
  }
}
