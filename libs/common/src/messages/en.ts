/**
 * The English text of every message the api answers in a language the caller chose. English is also
 * the form a message takes in code: errors carry the English text, and `translated` finds it here by
 * its template (`{name}` stands for a value) to answer it in another language. Field messages read
 * after the field's name: `year: must be an integer`.
 */
export const en = {
  'title.400': 'Bad request',
  'title.401': 'Unauthorized',
  'title.403': 'Forbidden',
  'title.404': 'Not found',
  'title.405': 'Method not allowed',
  'title.409': 'Conflict',
  'title.410': 'Gone',
  'title.413': 'Payload too large',
  'title.415': 'Unsupported media type',
  'title.422': 'Unprocessable content',
  'title.429': 'Too many requests',
  'title.500': 'Internal server error',
  'title.503': 'Service unavailable',

  'field.required': 'is required',
  'field.unknown': 'is not a known field',
  'field.eachValue': 'each value {message}',
  'field.string': 'must be a string',
  'field.integer': 'must be an integer',
  'field.number': 'must be a number',
  'field.boolean': 'must be true or false',
  'field.array': 'must be an array',
  'field.object': 'must be an object',
  'field.dateTime': 'must be an ISO 8601 date-time',
  'field.oneOf': 'must be one of the following values: {values}',
  'field.uuid': 'must be a UUID',
  'field.email': 'must be an email',
  'field.notEmpty': 'must not be empty',
  'field.max': 'must not be greater than {limit}',
  'field.min': 'must not be less than {limit}',
  'field.positive': 'must be a positive number',
  'field.maxLength': 'must be shorter than or equal to {limit} characters',
  'field.minLength': 'must be longer than or equal to {limit} characters',
  'field.arrayMaxSize': 'must contain no more than {limit} elements',
  'field.arrayMinSize': 'must contain at least {limit} elements',
  'field.iso8601': 'must be a valid ISO 8601 date string',
  'field.pattern': 'must match {pattern} regular expression',
  'field.year': 'must be a year',
  'field.yearRange': 'must be between {from} and {to}',
  'field.deeplyNested': 'is nested deeper than {depth} levels',
  'field.timeRange': 'must be a time between the years 1 and 9999',
  'field.cursor': 'is not a cursor this api issued',
  'field.headerRequired': 'header is required on this request',
  'field.numberPlaces': 'must be a number with at most {places} decimal places',
  'field.region': 'is not a known region code ({codes})',
  'field.inn': 'must be a valid INN: 10 or 12 digits with correct check digits',
  'field.ogrn': 'must be a valid OGRN: 13 (or 15) digits with a correct check digit',
  'field.date': 'must be a date YYYY-MM-DD',
  'field.birthDate': 'must be a date YYYY-MM-DD between 1900-01-01 and today',
  'field.offsetDateTime': 'must be an ISO 8601 date-time with an offset',
  'field.pastTime': 'must be an ISO 8601 time with offset, not in the future',
  'field.objectElements': 'must hold an object in each element',
  'field.blank': 'must not be blank',
  'field.padded': 'may not start or end with a space',
  'field.phone': 'must be a phone number: digits, spaces, +, (, ) and -',
  'field.diagnosis':
    'must be an ICD-10 code such as Q81.2 (system icd10) or ORPHAcode digits such as 79361 (system orpha)',
  'field.sku':
    'must be 1–40 letters, digits, dots, dashes, underscores or slashes, starting with a letter or digit',
  'field.quantityPositive': 'must be greater than 0 (only an adjustment may be negative)',
  'field.quantityZero': 'may not be 0',
  'field.notAcceptable': 'is not acceptable',

  'text.nul': 'must not contain a NUL character',
  'text.unicode': 'must be valid Unicode text',
  'text.control': 'must not contain control characters',
  'text.bidi': 'must not contain bidirectional control characters',
  'text.singleLine': 'must be a single line (no tab or line break)',

  'password.short': 'must be at least {length} characters long',
  'password.long': 'must be at most {length} characters long',
  'password.common': 'is one of the most common passwords',
  'password.personal': 'is built from your own name or email address',
  'password.guessable': 'is too easy to guess: {reason}',

  'input.invalid': 'invalid input',
  'input.unstorable': 'the input contains characters that cannot be stored',
  'request.bodyTooLarge': 'the request body is larger than the limit',
  'request.segmentTooLong': 'a path segment is longer than the limit',
  'server.failed': 'something went wrong on our side',
  'database.down': 'the database is unavailable, try again shortly',

  'organisation.suspended':
    'this organisation is suspended since {since} ({reason}): its data can be read and exported, not changed',
  'organisation.suspendedNoReason':
    'this organisation is suspended: its data can be read and exported, not changed',
  'report.withdrawn': 'this report was withdrawn on {since}: its organisation is suspended from the platform',
} as const;

export type MessageKey = keyof typeof en;
