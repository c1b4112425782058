import type { ComponentType } from 'preact';
import type { OptionsSection } from '../../protocol/core';
import { AuditSection } from './AuditSection';
import { ConnectorsSection } from './ConnectorsSection';
import { DashboardSection } from './DashboardSection';
import { DataSection } from './DataSection';
import { RulesSection } from './RulesSection';
import { TemplatesSection } from './TemplatesSection';

export interface SectionDef {
  id: OptionsSection;
  /** Title in both languages. */
  title: { en: string; zh_CN: string };
  component: ComponentType;
}

/** The sections of the options app, in the order of its navigation. Each section lives in its own file. */
export const SECTIONS: SectionDef[] = [
  { id: 'data', title: { en: 'Data', zh_CN: '数据' }, component: DataSection },
  { id: 'rules', title: { en: 'Rules', zh_CN: '规则' }, component: RulesSection },
  { id: 'templates', title: { en: 'Templates', zh_CN: '模板' }, component: TemplatesSection },
  { id: 'connectors', title: { en: 'Connectors', zh_CN: '连接器' }, component: ConnectorsSection },
  { id: 'audit', title: { en: 'Audit log', zh_CN: '审计日志' }, component: AuditSection },
  { id: 'dashboard', title: { en: 'Dashboard', zh_CN: '看板' }, component: DashboardSection },
];
