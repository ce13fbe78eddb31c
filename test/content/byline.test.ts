import { expect } from '@open-wc/testing';
import { bylineName, withoutByline } from '../../src/content/byline.js';

describe('bylineName', () => {
  it('removes "By" and its equivalents in front of a name', () => {
    for (const [written, name] of [
      ['By Jane Doe', 'Jane Doe'],
      ['by jane doe', 'jane doe'],
      ['BY: JANE DOE', 'JANE DOE'],
      ['Written by Jane Doe', 'Jane Doe'],
      ['Par Jeanne Dupont', 'Jeanne Dupont'],
      ['Por María García', 'María García'],
      ['Door Jan de Vries', 'Jan de Vries'],
      ['Av Ola Nordmann', 'Ola Nordmann'],
      ['Von Max Mustermann', 'Max Mustermann'],
      ['Autor: Jan Kowalski', 'Jan Kowalski'],
      ['Автор: Иван Петров', 'Иван Петров'],
      ['بقلم: أحمد خالد', 'أحمد خالد'],
      ['بقلم أحمد خالد', 'أحمد خالد'],
      ['מאת דנה לוי', 'דנה לוי'],
    ]) {
      expect(bylineName(written), written).to.equal(name);
    }
  });

  it('reads the name as plain text first: tags, references and white space', () => {
    expect(bylineName('  By&nbsp;<a href="/author/x">Lindsey O&#039;Donnell</a> ')).to.equal(
      "Lindsey O'Donnell",
    );
    expect(bylineName({ '@value': 'By Sam' })).to.equal('Sam');
    expect(bylineName(['', 'By Kim'])).to.equal('Kim');
    expect(bylineName('')).to.equal(undefined);
    expect(bylineName(42)).to.equal('42');
  });

  it('keeps names that only look like a prefix', () => {
    for (const name of [
      'Von Miller',
      'Byron Smith',
      'Di Maria',
      'De Niro',
      'Da Silva',
      'Paris Hilton',
      'Avery Jones',
      'Author Name',
      'By',
      'Door',
    ]) {
      expect(withoutByline(name), name).to.equal(name);
    }
  });

  it('removes the prefix once, so the name shows once', () => {
    expect(withoutByline('By By Jane')).to.equal('By Jane');
  });
});
