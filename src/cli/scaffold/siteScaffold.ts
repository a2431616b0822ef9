import { idSchema } from '../../core/schema/common.ts';
import { slugify } from '../../core/text/foldDiacritics.ts';
import { scaffoldTerritory } from './referenceScaffold.ts';
import { refuse, schemaModeline, yamlLine, type ScaffoldFile, type ScaffoldOutcome } from './scaffoldText.ts';

export interface SiteRequest {
  /** The province's name as written, e.g. "Quảng Trị"; blank in the skeleton if not given. */
  name?: string;
  /** The province's id; from the name (or the folder's name) when not given. */
  province?: string;
  /** The province's GSO code, e.g. "44". */
  code?: string;
  /** The new folder's own name, used for the id when there is no name. */
  folderName: string;
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * `npm run new -- site <folder>`: everything a province needs to start a site of its own, as
 * files to write into an empty folder. Whatever the command was told (the province's name and
 * code) is filled in; everything else is a blank the validator will point at, line by line.
 */
export function scaffoldSite(request: SiteRequest): ScaffoldOutcome {
  const province = request.province ?? (slugify(request.name ?? '') || slugify(request.folderName));
  if (!province || !idSchema.safeParse(province).success) {
    return refuse(
      `Không đặt được mã tỉnh từ "${request.province ?? request.name ?? request.folderName}": thêm --province <mã>, ví dụ --province quang-tri.`,
      `Cannot make a province id from "${request.province ?? request.name ?? request.folderName}": add --province <id>, e.g. --province quang-tri.`,
    );
  }
  if (request.code !== undefined && !/^\d{2}$/.test(request.code)) {
    return refuse(`Mã GSO của tỉnh có 2 chữ số, ví dụ 44, không phải "${request.code}".`, `A province's GSO code has 2 digits, e.g. 44, not "${request.code}".`);
  }
  const territory = scaffoldTerritory({ index: { place: new Map() } as never }, { id: province, level: 'province' });
  if (!territory.ok) return territory;
  const [skeleton] = territory.files as [ScaffoldFile];
  const name = request.name?.normalize('NFC').trim();
  // What the command was told replaces the blank; the rest stay blanks with their explanation.
  let filled = skeleton.text.replace(/^ {4}parent:[^\n]*\n?/m, '');
  if (name) filled = filled.replace(/^ {4}name:[^\n]*$/m, yamlLine('    ', 'name', quoted(name)));
  if (request.code) filled = filled.replace(/^ {4}code:[^\n]*$/m, yamlLine('    ', 'code', `"${request.code}"`));
  const agency = `ubnd-${province}`;
  const files: ScaffoldFile[] = [
    { path: 'content/site.yaml', text: siteSettingsText(name) },
    { path: skeleton.path, text: filled },
    { path: `content/agencies/${province}.yaml`, text: agencyText(agency, province, name) },
    { path: 'plans/README.md', text: PLANS_README },
  ];
  return {
    ok: true,
    files,
    notes: [
      {
        vi: `Mã tỉnh: ${province}. Mã cơ quan UBND tỉnh: ${agency} (dùng ở issuer: của văn bản).`,
        en: `Province id: ${province}. The provincial People's Committee's agency id: ${agency} (for a document's issuer:).`,
      },
    ],
  };
}

function siteSettingsText(name: string | undefined): string {
  return [
    schemaModeline('content/site.yaml', 'site-file.schema.json'),
    '#',
    '# Cài đặt của trang web: tên, đơn vị công bố, nơi nhận báo sai số liệu. Điền vào chỗ trống, rồi',
    '# chạy npm run validate. Settings of the site: fill in the blanks, then run npm run validate.',
    '',
    'name:',
    name ? yamlLine('  ', 'vi', quoted(`Minh bạch ${name}`)) : yamlLine('  ', 'vi', null, 'tên trang web, ví dụ Minh bạch Quảng Trị'),
    name ? yamlLine('  ', 'en', quoted(`${name} in figures`)) : yamlLine('  ', 'en', null, 'tên tiếng Anh; xóa dòng nếu chưa có'),
    'publisher:',
    yamlLine('  ', 'vi', null, 'đơn vị công bố và chịu trách nhiệm, ví dụ Sở Tài chính tỉnh …'),
    yamlLine('  ', 'en', null, 'tên tiếng Anh; xóa dòng nếu chưa có'),
    '# Cách liên hệ đơn vị công bố (bỏ dấu # ở dòng cần dùng):',
    '# contact:',
    '#   email: minhbach@example.gov.vn',
    '#   url: https://example.gov.vn/lien-he',
    'languages: [vi, en]',
    '# Địa chỉ công khai của trang web (MINHBACH_SITE_URL, nếu đặt, được ưu tiên):',
    '# base_url: https://minhbach.example.gov.vn/',
    '# Nơi người đọc báo sai số liệu: một kho GitHub (owner/name) hoặc một địa chỉ e-mail:',
    '# report_errors: { github: ten-to-chuc/ten-kho }',
    '# report_errors: { email: minhbach@example.gov.vn }',
    '# Chỉ số hiện đầu trang chủ, theo thứ tự; mã trong content/indicators/ hoặc danh mục chuẩn:',
    '# headline_indicators: [ty-le-ho-ngheo, muc-giam-ty-le-ho-ngheo]',
    '',
  ].join('\n');
}

function agencyText(agency: string, province: string, name: string | undefined): string {
  return [
    schemaModeline('content/agencies/x.yaml', 'reference-file.schema.json'),
    '#',
    '# Các cơ quan ban hành văn bản và được giao nhiệm vụ. Agencies that issue documents and lead tasks.',
    '',
    'agencies:',
    yamlLine('  - ', 'id', agency),
    '    name:',
    name ? yamlLine('      ', 'vi', quoted(`UBND tỉnh ${name}`)) : yamlLine('      ', 'vi', null, 'ví dụ UBND tỉnh Quảng Trị'),
    name ? yamlLine('      ', 'en', quoted(`${name} Provincial People's Committee`)) : yamlLine('      ', 'en', null, 'tên tiếng Anh; xóa dòng nếu chưa có'),
    yamlLine('    ', 'territory', province),
    '',
  ].join('\n');
}

const PLANS_README = `# plans/

Mỗi văn bản (nghị quyết, kế hoạch, báo cáo, bài báo) là một tệp \`.md\` ở đây, số liệu của nó là
tệp \`.yaml\` cùng tên bên cạnh. Tạo khung bằng:

    MINHBACH_DATA=<thư mục này> npm run new -- document <mã> --type ke-hoach

Each document (resolution, plan, report, press article) is a \`.md\` file here, its figures a
\`.yaml\` file of the same name beside it. See "A new province, step by step" in CONTRIBUTING.md.
`;
