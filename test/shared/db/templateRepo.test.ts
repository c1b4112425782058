import {
  availableTemplates,
  listUserTemplateVersions,
  saveNewTemplate,
  saveTemplateEdit,
  templateVersion,
  templateVersions,
} from 'shared/db/templateRepo';
import { BUILTIN_TEMPLATES, type TemplateDraft } from 'shared/templates';
import { describe, expect, it } from 'vitest';
import { testDb } from './testDb';

const draft: TemplateDraft = {
  stage: 'gentle',
  channel: 'wechat',
  locale: 'zh_CN',
  body: '{{contact.name}}您好，{{invoiceRef}}已逾期{{daysOverdue}}天，烦请安排付款。',
  name: { en: 'My gentle note', zh_CN: '我的温和提醒' },
};

describe('templateRepo', () => {
  it('stores version 1, then each edit as the next version, leaving earlier versions as they were', async () => {
    const db = testDb();
    const first = await saveNewTemplate(db, 'u-1', draft, { createdAt: 1, createdBy: '陈静' });
    expect(first.ok && first.template.version).toBe(1);
    if (!first.ok) return;
    const second = await saveTemplateEdit(db, first.template, { body: `${draft.body}谢谢！` }, { createdAt: 2 });
    expect(second.ok && second.template.version).toBe(2);
    // An edit based on the stale version 1 still goes above version 2.
    const third = await saveTemplateEdit(db, first.template, { body: `${draft.body}祝好。` }, { createdAt: 3 });
    expect(third.ok && third.template.version).toBe(3);
    expect((await templateVersions(db, 'u-1')).map((t) => t.version)).toEqual([1, 2, 3]);
    expect((await templateVersion(db, 'u-1', 1))?.body).toBe(draft.body);
    expect((await templateVersion(db, 'u-1', 3))?.body).toBe(`${draft.body}祝好。`);
  });

  it('writes nothing for an invalid template and refuses a second version 1 of the same id', async () => {
    const db = testDb();
    const bad = await saveNewTemplate(db, 'u-2', { ...draft, body: '{{nosuch}}' }, { createdAt: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.variable).toBe('nosuch');
    expect(await listUserTemplateVersions(db)).toEqual([]);
    await saveNewTemplate(db, 'u-2', draft, { createdAt: 1 });
    await expect(saveNewTemplate(db, 'u-2', draft, { createdAt: 2 })).rejects.toThrow();
    expect(await templateVersions(db, 'u-2')).toHaveLength(1);
  });

  it('ignores stored rows that are not templates', async () => {
    const db = testDb();
    await db.templates.add({ id: 'junk', version: 1, updatedAt: 0, value: { id: 'junk', body: 3 } });
    expect(await listUserTemplateVersions(db)).toEqual([]);
    expect(await templateVersion(db, 'junk', 1)).toBeUndefined();
  });

  it('offers the highest version of each id across built-in, feed and user templates', async () => {
    const builtin = BUILTIN_TEMPLATES[0]!;
    const db = testDb();
    const edited = await saveTemplateEdit(db, builtin, { body: `${builtin.body}\n` }, { createdAt: 5 });
    expect(edited.ok).toBe(true);
    const feed = [{ ...BUILTIN_TEMPLATES[1]!, version: BUILTIN_TEMPLATES[1]!.version + 4, source: 'feed' as const }];
    const all = availableTemplates(await listUserTemplateVersions(db), feed);
    expect(all).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(all.find((t) => t.id === builtin.id)).toMatchObject({ version: builtin.version + 1, source: 'user' });
    expect(all.find((t) => t.id === feed[0]!.id)?.source).toBe('feed');
  });
});
