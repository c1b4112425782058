// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TemplateEditor } from '../../../extension/options/templates/TemplateEditor';

vi.mock('../../../extension/entrypoints/background/policy', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../extension/entrypoints/background/policy')>()),
  readManagedPolicy: async () => ({ policy: { allowTemplateEditing: false }, issues: [] }),
}));

async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('not rendered');
}

describe('template editor under a managed policy that forbids editing', () => {
  it('is read-only with the reason shown: no new, copy or save, fields and palette disabled', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(<TemplateEditor />, host);
    const lock = await until(() => host.querySelector('[data-testid="template-policy-lock"]'));
    expect(lock.textContent).toMatch(/administrator|管理员/);
    expect(host.querySelector('[data-testid="template-editor"]')?.getAttribute('data-editable')).toBe('false');
    expect(host.querySelector('#tpl-new')).toBeNull();

    const builtin = await until(() => host.querySelector<HTMLButtonElement>('button[data-source="builtin"]'));
    builtin.click();
    const body = await until(() => host.querySelector<HTMLTextAreaElement>('#tpl-body'));
    expect(body.readOnly).toBe(true);
    expect(body.value.length).toBeGreaterThan(0);
    expect(host.querySelector('#tpl-copy')).toBeNull();
    expect(host.querySelector('#tpl-save')).toBeNull();
    const palette = [...host.querySelectorAll<HTMLButtonElement>('button.tpl-var')];
    expect(palette.length).toBeGreaterThan(10);
    expect(palette.every((b) => b.disabled)).toBe(true);
    // The preview and lint still work for reading.
    expect(host.querySelector('[data-testid="template-lint"]')?.getAttribute('data-count')).toBe('0');
  });
});
