import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../src/game/ui/notice-board.ts';

describe('NoticeBoard', () => {
  it('renders notices in the language asked for when they are taken, once', () => {
    const board = new NoticeBoard();
    board.add({ en: 'The save was repaired', ja: 'セーブデータ を なおしました' });
    board.add('slime.ts: failed to load (SyntaxError)');
    expect(board.size).toBe(2);
    expect(board.take('ja')).toEqual(['セーブデータ を なおしました', 'slime.ts: failed to load (SyntaxError)']);
    expect(board.take('en')).toEqual([]);
  });

  it('shows a keyed notice once per page load, however often it is raised', () => {
    const board = new NoticeBoard();
    for (let i = 0; i < 3; i++) board.add({ en: 'could not save', ja: 'セーブ できません' }, 'save-failed');
    expect(board.take('en')).toEqual(['could not save']);
    board.add({ en: 'could not save', ja: 'セーブ できません' }, 'save-failed');
    expect(board.take('en')).toEqual([]);
  });

  it('strips bidi controls, whatever produced the text', () => {
    const board = new NoticeBoard();
    board.add('?seed="\u202egnp.exe" ignored');
    expect(board.take('en')).toEqual(['?seed="gnp.exe" ignored']);
  });
});
