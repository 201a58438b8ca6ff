import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriesX12Text, isX12Character, isX12Identifier, toX12Text, x12IdentifierProblem, X12_IDENTIFIER_PATTERN } from './x12-text.ts';

describe('X12 identifiers', () => {
  it('takes letters, digits, inner spaces and the extended punctuation', () => {
    for (const id of ['GRP-12345', 'acme ppo 2026', 'eve.x+tag@example.com', 'A/B (1)', '#12$%', '{x}[y]<z>|_\\', 'Q"&\'=?;,!']) {
      expect(isX12Identifier(id), id).toBe(true);
    }
  });

  it('refuses the delimiters, characters outside the set and spaces at the ends', () => {
    for (const id of ['MED*1', 'A:B', 'A^B', 'A~B', 'Zoë', 'tab\there', 'line\nbreak', ' lead', 'trail ', '', '`tick', '€5']) {
      expect(isX12Identifier(id), JSON.stringify(id)).toBe(false);
    }
  });

  it('says what is wrong in words a person can act on', () => {
    expect(x12IdentifierProblem('MED*1:2^3~', 'plan_identifier')).toMatch(/^plan_identifier holds "\*", which the 834 uses as a delimiter; it may hold letters/);
    expect(x12IdentifierProblem('Zoë', 'external_identifier')).toMatch(/holds "ë", which an 834 cannot carry/);
    expect(x12IdentifierProblem('a\u0001', 'x')).toMatch(/a control character \(U\+0001\)/);
    expect(x12IdentifierProblem('x ', 'x')).toBe('x must not start or end with a space');
    expect(x12IdentifierProblem('OK-1', 'x')).toBeUndefined();
  });

  it('agrees with the schema pattern (the one the API validates with)', () => {
    const pattern = new RegExp(X12_IDENTIFIER_PATTERN, 'u');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (value) => pattern.test(value) === isX12Identifier(value)));
  });
});

describe('free text as an 834 carries it', () => {
  it('transliterates accented and non-decomposing letters, keeping case', () => {
    expect(toX12Text('Zoë')).toBe('Zoe');
    expect(toX12Text('José Ñúñez')).toBe('Jose Nunez');
    expect(toX12Text('Straße')).toBe('Strasse');
    expect(toX12Text('Æsa Øster Łukasz Œuvre Þór Đorđe')).toBe('AEsa Oster Lukasz OEuvre THor Dorde');
    expect(toX12Text('O’Brien – Smith')).toBe("O'Brien - Smith");
    expect(toX12Text('Ｆｕｌｌ ﬁne')).toBe('Full fine');
  });

  it('turns delimiters, controls and what it cannot spell into one space', () => {
    expect(toX12Text("O'Brien*Smith~Jr")).toBe("O'Brien Smith Jr");
    expect(toX12Text('Ann:Marie^ ')).toBe('Ann Marie');
    expect(toX12Text('1 Main\r\n\tSt')).toBe('1 Main St');
    expect(toX12Text('Li 王 Wei 🙂')).toBe('Li Wei');
    expect(toX12Text('王')).toBe('');
    expect(toX12Text('A|B', ['|'])).toBe('A B');
  });

  it('tells a name a carrier can read from one it cannot', () => {
    expect(carriesX12Text('Zoë')).toBe(true);
    expect(carriesX12Text('王')).toBe(false);
    expect(carriesX12Text('--')).toBe(false);
  });

  it('never gives a character outside the set, whatever the input', () => {
    const clean = (text: string) => [...text].every(isX12Character) && !/^ | $| {2}/.test(text);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => clean(toX12Text(value))));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => clean(toX12Text(value))));
  });

  it('leaves text that is already in the set as it is (but for runs of spaces)', () => {
    const unit = fc.constantFrom(...'ABCxyz019 !"&\'()+,-./;?=%@[]_{}\\|<>#$');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (value) => toX12Text(value) === value.replace(/ {2,}/g, ' ').trim()));
  });
});
