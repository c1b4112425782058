import { allRendered, firstRendered, isRendered } from 'connectors/dom';
import { describe, expect, it } from 'vitest';
import { pageAt } from './fixtureCases';

describe('isRendered', () => {
  it('sees display:none on any ancestor, [hidden], aria-hidden and visibility:hidden', async () => {
    const page = pageAt(
      'https://example.com/',
      `<div id="a" style="display:none"><span id="a1">x</span></div>
       <style>.gone { display: none }</style><div class="gone"><b id="b1">x</b></div>
       <div hidden><i id="c1">x</i></div>
       <div aria-hidden="true"><i id="d1">x</i></div>
       <p id="e" style="visibility:hidden">x</p>
       <p id="shown">x</p>`,
    );
    const el = (id: string) => page.doc.getElementById(id)!;
    for (const id of ['a', 'a1', 'b1', 'c1', 'd1', 'e']) expect(isRendered(el(id)), id).toBe(false);
    expect(isRendered(el('shown'))).toBe(true);
    expect(firstRendered(page.doc, 'p')?.id).toBe('shown');
    expect(allRendered(page.doc, 'p').map((p) => p.id)).toEqual(['shown']);
    expect(firstRendered(page.doc, 'p[')).toBeNull();
    await page.close();
  });
});
