/**
 * The words an element holds outside its child elements, trimmed: a table cell's amount printed as
 * plain text ("81,01%") before the cautions and notes that follow it as elements.
 */
export function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.trim();
}
