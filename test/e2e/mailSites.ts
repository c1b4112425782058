import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/** A recipient as the site's own UI would show it after the user picked it from the address book. */
export interface Chip {
  name: string;
  address: string;
}

export interface MailScenario {
  name: string;
  /** The anchor customer this site's reminder is for (one e-mail a day per customer: each site its own). */
  customer: string;
  contact: Chip;
  site: string;
  file: string;
  url: string;
  /** The editable body, for typing as a user would (through the frames where the site has them). */
  body(page: Page): Locator;
  /** Replaces the To recipients of the first compose the way the site renders picked contacts. */
  setTo(page: Page, chips: Chip[]): Promise<void>;
  /** The subject field, or null where the compose has none. */
  subject(page: Page): Locator | null;
  /** The document the compose (and so the AR Lens button) lives in. */
  composeFrame(page: Page): Page | FrameLocator;
}

function mainFrame(page: Page): Frame {
  const frame = page.frame({ name: 'mainFrame' });
  if (!frame) throw new Error('QQ Mail main frame not loaded');
  return frame;
}

export const SCENARIOS: MailScenario[] = [
  {
    name: 'Gmail, new message dialog',
    customer: 'C0001',
    contact: { name: '王丽', address: 'wang.li@xinghe-tech.com.cn' },
    site: 'gmail',
    file: '2026-11-22-new-message.html',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    body: (page) => page.locator('.M9 [g_editable="true"]').first(),
    subject: (page) => page.locator('.M9 input[name="subjectbox"]').first(),
    composeFrame: (page) => page,
    setTo: (page, chips) =>
      page.evaluate((chips) => {
        const row = document.querySelector('.M9 div[name="to"]')!;
        for (const old of row.querySelectorAll('[data-hovercard-id]')) old.remove();
        for (const c of chips.reverse()) {
          const chip = document.createElement('div');
          chip.setAttribute('role', 'option');
          chip.className = 'afV';
          chip.dataset.hovercardId = c.address;
          chip.dataset.name = c.name;
          const label = document.createElement('div');
          label.className = 'akl';
          label.textContent = c.name;
          chip.append(label);
          row.prepend(chip);
        }
      }, chips),
  },
  {
    name: 'Outlook on the web, new message',
    customer: 'C0002',
    contact: { name: 'Emily Chen', address: 'emily.chen@harborlog.com' },
    site: 'outlook',
    file: '2026-11-22-new-message.html',
    url: 'https://outlook.office.com/mail/',
    body: (page) => page.locator('[id^="editorParent_"] > :first-child').first(),
    subject: (page) => page.locator('input[aria-label="Add a subject"]').first(),
    composeFrame: (page) => page,
    setTo: (page, chips) =>
      page.evaluate((chips) => {
        const well = document.querySelector('[id^="docking_InitVisiblePart_"] div[role="textbox"]')!;
        for (const old of well.querySelectorAll('._EType_RECIPIENT_ENTITY')) old.remove();
        for (const c of chips.reverse()) {
          const entity = document.createElement('div');
          entity.className = '_EType_RECIPIENT_ENTITY _EReadonly_1';
          const span = document.createElement('span');
          span.className = 'lpc-hoverTarget';
          span.setAttribute('aria-label', `${c.name} ${c.address}`);
          span.textContent = c.name;
          entity.append(span);
          well.prepend(entity);
        }
      }, chips),
  },
  {
    name: 'QQ Mail (new version), compose page',
    customer: 'C0003',
    contact: { name: '李强', address: 'li.qiang@lanhai-e.com' },
    site: 'qqmail',
    file: '2026-11-22-wx-compose-new.html',
    url: 'https://wx.mail.qq.com/home/index#/compose/new',
    body: (page) => page.locator('.mail-content-editor-inner[contenteditable="true"]').first(),
    subject: (page) => page.locator('.mail-compose-subject input').first(),
    composeFrame: (page) => page,
    setTo: (page, chips) =>
      page.evaluate((chips) => {
        const label = [...document.querySelectorAll('.mail-compose-field-label')].find((l) => l.textContent?.trim() === '收件人')!;
        const row = label.parentElement!;
        const chipsBefore = [...row.querySelectorAll('.cmp-account-wrap')];
        const parent = chipsBefore[0]!.parentElement!;
        for (const old of chipsBefore) old.remove();
        for (const c of chips.reverse()) {
          const chip = document.createElement('div');
          chip.className = 'cmp-account-wrap';
          chip.dataset.email = c.address;
          const span = document.createElement('span');
          span.className = 'xmail-cmp-accounts-editor-account-btn';
          span.textContent = c.name;
          chip.append(span);
          parent.prepend(chip);
        }
      }, chips),
  },
  {
    name: 'QQ Mail (old version), compose in the main frame',
    customer: 'C0004',
    contact: { name: 'Anna Müller', address: 'anna.mueller@mueller-mb.de' },
    site: 'qqmail',
    file: '2026-11-22-old-compose.html',
    url: 'https://mail.qq.com/cgi-bin/frame_html?sid=Aq1b2C3d4E5f6G7h&r=8d2f',
    body: (page) => page.frameLocator('iframe[name="mainFrame"]').frameLocator('iframe.qmEditorIfrmEditArea').locator('body'),
    subject: (page) => page.frameLocator('iframe[name="mainFrame"]').locator('input#subject'),
    composeFrame: (page) => page.frameLocator('iframe[name="mainFrame"]'),
    setTo: (page, chips) =>
      mainFrame(page).evaluate((chips) => {
        const row = document.querySelector('#toAreaCtrl')!;
        for (const old of row.querySelectorAll('.addr_base')) old.remove();
        const input = row.querySelector('.addr_text');
        for (const c of chips) {
          const chip = document.createElement('div');
          chip.className = 'addr_base addr_normal';
          chip.setAttribute('addr', c.address);
          chip.title = `${c.name} <${c.address}>`;
          chip.textContent = `${c.name};`;
          row.insertBefore(chip, input);
        }
      }, chips),
  },
  {
    name: '163 Mail, new message',
    customer: 'C0005',
    contact: { name: '张伟', address: 'zhang.wei@yunfan-trade.cn' },
    site: 'mail163',
    file: '2026-11-22-163-compose.html',
    url: 'https://mail.163.com/js6/main.jsp?sid=VBxyzAbCdEfGhIjK&df=mail163_letter#module=compose.ComposeModule%7C%7B%22type%22%3A%22compose%22%7D',
    body: (page) => page.frameLocator('iframe.APP-editor-iframe').locator('body'),
    subject: (page) => page.locator('input[id$="_subjectInput"]').first(),
    composeFrame: (page) => page,
    setTo: (page, chips) =>
      page.evaluate((chips) => {
        const row = document.querySelector('.nui-editableAddr')!;
        for (const old of row.querySelectorAll('.js-component-emailblock')) old.remove();
        for (const c of chips.reverse()) {
          const block = document.createElement('div');
          block.className = 'js-component-emailblock nui-addr';
          const name = document.createElement('span');
          name.className = 'nui-addr-name';
          name.textContent = c.name;
          const email = document.createElement('span');
          email.className = 'nui-addr-email';
          email.textContent = `<${c.address}>`;
          block.append(name, email);
          row.prepend(block);
        }
      }, chips),
  },
];

/**
 * Gmail's inline reply under a conversation: no subject field, recipients in hidden inputs (old style). Gmail
 * re-renders them when the user edits the reply's recipients; the copied AR team stays in CC.
 */
export function gmailInlineReply(customer: string, contact: Chip): MailScenario {
  return {
    name: 'Gmail, inline reply',
    customer,
    contact,
    site: 'gmail',
    file: '2026-11-22-inline-reply.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMnVwWkqBxdRqHgPlSzgJqXh',
    body: (page) => page.locator('.M9 [g_editable="true"]').first(),
    subject: () => null,
    composeFrame: (page) => page,
    setTo: (page, chips) =>
      page.evaluate((chips) => {
        const holder = document.querySelector('.M9 .GS')!;
        const field = (name: string, value: string) => {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          return input;
        };
        holder.replaceChildren(
          field('to', chips.map((c) => `"${c.name}" <${c.address}>`).join(', ')),
          field('cc', 'ar@ourco.com'),
          field('bcc', ''),
        );
      }, chips),
  };
}
