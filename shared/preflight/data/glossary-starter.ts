/**
 * The built-in starter glossary (规范表述) for quality reports of vocational colleges: names of
 * policies, meetings and programmes as official documents write them, and the forms to flag.
 * A project adds to it or overrides an entry with the same preferred form (settings → 规范表述).
 * Source: the forms used in the Ministry of Education's notices on the annual quality reports and
 * in the documents they cite; compiled for ReportWorks, under the project's licence.
 */
import type { GlossaryEntry } from '../types';

export const STARTER_GLOSSARY: readonly GlossaryEntry[] = [
  { preferred: '习近平新时代中国特色社会主义思想', variants: ['习近平新时代特色社会主义思想', '习近平中国特色社会主义思想', '习近平新时代中国特色社会主义理论'] },
  { preferred: '党的二十大', variants: ['二十大', '党的20大', '第二十次党代会'], note: '首次出现宜写“中国共产党第二十次全国代表大会”' },
  { preferred: '习近平总书记', variants: ['习总书记', '习主席'] },
  { preferred: '“双高计划”', variants: ['双高计划', '"双高计划"', '双高建设计划'] },
  { preferred: '中国特色高水平高职学校和专业建设计划', variants: ['中国特色高水平高职院校和专业建设计划', '中国特色高水平高职学校和专业群建设计划'] },
  { preferred: '《中华人民共和国职业教育法》', variants: ['新职教法', '《职业教育法》', '职业教育法'] },
  { preferred: '《国家职业教育改革实施方案》', variants: ['职教20条', '职教二十条'] },
  { preferred: '京津冀协同发展', variants: ['京津翼协同发展', '京津冀一体化发展'] },
  { preferred: '“1+X”证书制度', variants: ['1+X证书制度', '1+x证书制度', '“1+x”证书制度'] },
  { preferred: '立德树人', variants: ['立德育人根本任务'] },
  { preferred: '社会主义核心价值观', variants: ['社会主义核心价值体系观'] },
  { preferred: '产教融合', variants: ['产教结合'] },
];
