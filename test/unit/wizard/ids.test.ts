// Objective ids derived from the statement: short, readable, cut at a word boundary, unique.
import { describe, expect, it } from 'vitest';
import { shortId, uniqueShortId } from '../../../src/wizard/util.js';
import { ID_PATTERN } from '../../../src/wizard/util.js';

describe('shortId', () => {
  it.each([
    ['Bâtir une communauté engagée autour de nos publications', 'batir-communaute-engagee'],
    ['Build an engaged community around our posts', 'build-engaged-community-posts'],
    ['Augmenter de 20 % les visites du samedi', 'augmenter-20-visites-samedi'],
    ['Faire connaître l’application aux étudiants de l’UQAM', 'faire-connaitre-application'],
    ['Générer des demandes de démo qualifiées sur LinkedIn', 'generer-demandes-demo-qualifiees'],
    ['Increase the share of the vote among voters aged 18 to 34', 'increase-share-vote-voters'],
    ['Réduire à 2 h le délai de réponse', 'reduire-2-h-delai'],
    ['Internationalisationdesprocessusadministratifs', 'internationalisationdesprocessus'],
    ['Of the and to', 'of-the-and-to'],
    ['!!!', 'item'],
    ['', 'item'],
  ])('%j → %s', (statement, expected) => {
    const id = shortId(statement);
    expect(id).toBe(expected);
    expect(id.length).toBeLessThanOrEqual(32);
    expect(id).toMatch(ID_PATTERN);
  });

  it('never cuts a word when several fit', () => {
    const id = shortId('Consolider durablement rayonnement international communautaire');
    const words = 'consolider durablement rayonnement international communautaire'.split(' ');
    expect(id.split('-').every((part) => words.includes(part))).toBe(true);
  });
});

describe('uniqueShortId', () => {
  it('adds -2, -3 to keep ids unique within the list', () => {
    const taken = new Set<string>();
    expect(['Grow sales', 'Grow the sales', 'Grow sales'].map((s) => uniqueShortId(s, taken))).toEqual(['grow-sales', 'grow-sales-2', 'grow-sales-3']);
  });
});
