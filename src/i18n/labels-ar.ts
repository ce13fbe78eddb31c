import type { LabelTable } from './labels.js';

/** Arabic labels: a lazy chunk, loaded by `loadLabels` for a page in this language. */
export const labels: LabelTable = {
  byline: 'بقلم {authors}',
  updated: 'آخر تحديث',
  readingTime: 'وقت القراءة: {duration}',
  topics: 'مواضيع',
  faq: 'الأسئلة الشائعة',
  photo: 'صورة',
  expandAll: 'توسيع الكل',
  collapseAll: 'طي الكل',
  search: 'البحث في الأسئلة',
  searchPlaceholder: 'اكتب كلمة',
  // Arabic has six plural forms; `zero` and `one`/`two` spell the count out.
  results: {
    zero: () => 'لا توجد أسئلة معروضة',
    one: () => 'سؤال واحد معروض',
    two: () => 'سؤالان معروضان',
    few: (n) => `${n} أسئلة معروضة`,
    many: (n) => `${n} سؤالًا معروضًا`,
    other: (n) => `${n} سؤال معروض`,
  },
  noResults: 'لا توجد أسئلة تطابق بحثك.',
  copyLink: 'نسخ رابط هذا السؤال',
  linkCopied: 'تم نسخ الرابط',
  clearSearch: 'مسح البحث',
  invalidJson: 'تعذرت قراءة هذا المحتوى.',
  invalidContent: 'هذا المحتوى ليس بتنسيق يمكن عرضه.',
  fetchFailed: 'تعذر تحميل هذا المحتوى.',
  timeout: 'استغرق تحميل هذا المحتوى وقتًا طويلًا.',
  tooLarge: 'هذا المحتوى أكبر من أن يُعرض.',
};
