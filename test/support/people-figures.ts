/** Every number in an answer whose field counts people or events (or money derived from them). */
export function peopleFigures(value: unknown, path = ''): [string, number][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => peopleFigures(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'number' && /beneficiar|careEvents|events/i.test(key)
        ? [[`${path}.${key}`, item] as [string, number]]
        : peopleFigures(item, `${path}.${key}`),
    );
  }
  return [];
}
