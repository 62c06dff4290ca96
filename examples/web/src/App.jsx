import { useState } from 'react';
import { InformationChangeForm } from './InformationChangeForm.jsx';
import { OpeningForm } from './OpeningForm.jsx';
import { TransferForm } from './TransferForm.jsx';
import { WORDS } from './words.js';

/** The day of the application: fixed, so that the page shows the same answers every day. */
export const TODAY = '2026-11-22';

const FORMS = {
  opening: OpeningForm,
  transfer: TransferForm,
  informationChange: InformationChangeForm,
};

export function App() {
  const params = new URLSearchParams(window.location.search);
  const [lang, setLang] = useState(params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en');
  const [form, setForm] = useState(FORMS[params.get('form')] ? params.get('form') : 'opening');
  const w = WORDS[lang];
  const Form = FORMS[form];
  return (
    <div lang={lang}>
      <header>
        <h1>{w.title}</h1>
        <button
          type="button"
          data-testid="lang-en"
          aria-pressed={lang === 'en'}
          onClick={() => setLang('en')}
        >
          English
        </button>
        <button
          type="button"
          data-testid="lang-zh-CN"
          aria-pressed={lang === 'zh-CN'}
          onClick={() => setLang('zh-CN')}
        >
          中文
        </button>
      </header>
      <main>
        <nav>
          {Object.keys(FORMS).map((name) => (
            <button
              key={name}
              type="button"
              data-testid={`tab-${name}`}
              aria-pressed={form === name}
              onClick={() => setForm(name)}
            >
              {w[name]}
            </button>
          ))}
        </nav>
        <p>
          {w.today} {TODAY}
        </p>
        <Form key={`${form}-${lang}`} lang={lang} />
      </main>
    </div>
  );
}
