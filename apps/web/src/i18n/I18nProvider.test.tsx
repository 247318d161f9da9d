import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { Figure } from '../components/Withheld';
import { I18nProvider, useI18n } from './I18nProvider';

function Switch() {
  const { t, language, setLanguage, money } = useI18n();
  return (
    <>
      <button type="button" onClick={() => setLanguage(language === 'ru' ? 'en' : 'ru')}>
        {t('lang.switch')}
      </button>
      <p>{t('league.intervalLabel', { low: 2, high: 5, n: 80 })}</p>
      <p data-testid="spend">{money(150000)}</p>
      <p data-testid="withheld">
        <Figure value={null} format={String} />
      </p>
    </>
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the language', () => {
  it('is Russian by default, and the switch changes the page, <html lang> and what is remembered', () => {
    render(
      <MemoryRouter>
        <I18nProvider>
          <Switch />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByText('2–5 из 80')).toBeTruthy();
    expect(screen.getByTestId('spend').textContent).toBe('1\u00a0500\u00a0₽');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('2–5 of 80')).toBeTruthy();
    expect(screen.getByTestId('spend').textContent).toBe('₽1,500');
    expect(localStorage.getItem('careledger.language')).toBe('en');
  });

  it('starts in the language the reader chose before', () => {
    localStorage.setItem('careledger.language', 'en');
    render(
      <MemoryRouter>
        <I18nProvider>
          <Switch />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(screen.getByRole('button', { name: 'Русский' })).toBeTruthy();
  });

  it('shows a withheld figure as "< 5" with the reason for whoever hovers or focuses it', () => {
    render(
      <MemoryRouter>
        <I18nProvider initialLanguage="en">
          <Switch />
        </I18nProvider>
      </MemoryRouter>,
    );
    const withheld = screen.getByTestId('withheld').querySelector('abbr')!;
    expect(withheld.textContent).toBe('< 5');
    expect(withheld.title).toMatch(/fewer than five people/);
  });
});
