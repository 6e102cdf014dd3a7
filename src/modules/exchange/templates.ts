/** The languages messages are rendered in: Vietnamese, Lao, English. */
export const MESSAGE_LANGUAGES = ['vi', 'lo', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const TEMPLATE_KEYS = [
  'verify_identity',
  'suspect_whereabouts',
  'arrest_notice',
  'joint_patrol',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

type Text = { subject: string; body: string };
type Template = {
  kind: 'request_info' | 'request_assistance' | 'notification';
  assistanceKind: 'verify_person' | 'joint_action' | null;
  text: Record<MessageLanguage, Text>;
};

/**
 * The common requests between forces, in the three languages. `{name}` is a parameter the sender fills in; the
 * recipient reads the same message in its own language, rendered from the stored parameters.
 */
const TEMPLATES: Record<TemplateKey, Template> = {
  verify_identity: {
    kind: 'request_assistance',
    assistanceKind: 'verify_person',
    text: {
      vi: {
        subject: 'Đề nghị xác minh nhân thân: {personName}',
        body: 'Đề nghị quý đơn vị xác minh nhân thân đối tượng {personName}, giấy tờ số {idNumber}, và thông báo kết quả cho chúng tôi. {note}',
      },
      lo: {
        subject: 'ສະເໜີກວດສອບຕົວຕົນ: {personName}',
        body: 'ຂໍສະເໜີມາຍັງພາກສ່ວນຂອງທ່ານ ກວດສອບຕົວຕົນຂອງບຸກຄົນ {personName}, ເອກະສານເລກທີ {idNumber}, ແລະ ແຈ້ງຜົນໃຫ້ພວກເຮົາຊາບ. {note}',
      },
      en: {
        subject: 'Request to verify identity: {personName}',
        body: 'Please verify the identity of {personName}, document number {idNumber}, and tell us the result. {note}',
      },
    },
  },
  suspect_whereabouts: {
    kind: 'request_info',
    assistanceKind: null,
    text: {
      vi: {
        subject: 'Đề nghị cung cấp thông tin nơi ở của đối tượng {personName}',
        body: 'Đề nghị quý đơn vị cung cấp thông tin về nơi ở, hoạt động hiện nay của đối tượng {personName}, nghi vấn có mặt tại {place}. {note}',
      },
      lo: {
        subject: 'ສະເໜີສະໜອງຂໍ້ມູນທີ່ຢູ່ຂອງຜູ້ຕ້ອງສົງໄສ {personName}',
        body: 'ຂໍສະເໜີພາກສ່ວນຂອງທ່ານ ສະໜອງຂໍ້ມູນກ່ຽວກັບທີ່ຢູ່ ແລະ ການເຄື່ອນໄຫວປັດຈຸບັນຂອງຜູ້ຕ້ອງສົງໄສ {personName}, ຊຶ່ງສົງໄສວ່າຢູ່ທີ່ {place}. {note}',
      },
      en: {
        subject: 'Request for the whereabouts of suspect {personName}',
        body: 'Please share what you know of the current whereabouts and activities of suspect {personName}, believed to be in {place}. {note}',
      },
    },
  },
  arrest_notice: {
    kind: 'notification',
    assistanceKind: null,
    text: {
      vi: {
        subject: 'Thông báo bắt giữ đối tượng {personName}',
        body: 'Chúng tôi thông báo: ngày {date}, tại {place}, đã bắt giữ đối tượng {personName}. {note}',
      },
      lo: {
        subject: 'ແຈ້ງການຈັບກຸມ {personName}',
        body: 'ພວກເຮົາຂໍແຈ້ງໃຫ້ຊາບວ່າ: ວັນທີ {date}, ທີ່ {place}, ໄດ້ຈັບກຸມ {personName}. {note}',
      },
      en: {
        subject: 'Notice of arrest: {personName}',
        body: 'We inform you that on {date}, at {place}, {personName} was arrested. {note}',
      },
    },
  },
  joint_patrol: {
    kind: 'request_assistance',
    assistanceKind: 'joint_action',
    text: {
      vi: {
        subject: 'Đề nghị phối hợp tuần tra chung',
        body: 'Đề nghị quý đơn vị phối hợp tổ chức tuần tra chung tại {place} vào ngày {date}. {note}',
      },
      lo: {
        subject: 'ສະເໜີລາດຕະເວນຮ່ວມ',
        body: 'ຂໍສະເໜີພາກສ່ວນຂອງທ່ານ ຮ່ວມມືຈັດຕັ້ງການລາດຕະເວນຮ່ວມ ທີ່ {place} ໃນວັນທີ {date}. {note}',
      },
      en: {
        subject: 'Request for a joint patrol',
        body: 'Please join us in a joint patrol at {place} on {date}. {note}',
      },
    },
  },
};

/** The kind (and sub-kind) a template sends. */
export const templateKind = (key: TemplateKey) => ({
  kind: TEMPLATES[key].kind,
  assistanceKind: TEMPLATES[key].assistanceKind,
});

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? (name === 'note' ? '' : '…')).trim();

/** A template's subject and body in one language, its parameters filled in (a missing one shows as an ellipsis). */
export const renderTemplate = (
  key: TemplateKey,
  language: MessageLanguage,
  params: Record<string, string>,
): Text => {
  const text = TEMPLATES[key].text[language];
  return { subject: fill(text.subject, params), body: fill(text.body, params) };
};

/** Whether a stored key names a template (keys from older versions may not). */
export const isTemplateKey = (key: string | null): key is TemplateKey =>
  key !== null && (TEMPLATE_KEYS as readonly string[]).includes(key);

/** The language an agency reads: its stated local language when we have it, else by country. */
export const languageOf = (agency: { localLanguage: string | null; country: string }): MessageLanguage => {
  const stated = agency.localLanguage as MessageLanguage | null;
  if (stated && (MESSAGE_LANGUAGES as readonly string[]).includes(stated)) return stated;
  return agency.country === 'VN' ? 'vi' : agency.country === 'LA' ? 'lo' : 'en';
};
