// One layout computed from the viewport, so a portrait phone gets a stacked screen instead of a
// letterboxed 16:9 frame. Pure: unit-tested without Phaser.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface BattleLayout {
  readonly portrait: boolean;
  /** Font size in CSS px; never below 12. */
  readonly font: number;
  /** Padding inside windows and the gap between them. */
  readonly pad: number;
  /** The first party member's status window (the hero's). */
  readonly status: Rect;
  /** One status window per party member, left to right (landscape) or top to bottom (portrait). */
  readonly party: readonly Rect[];
  /** 'box': name and bar over HP and MP; 'row': name, HP and MP on one line (a phone with a party). */
  readonly partyStyle: 'box' | 'row';
  /** Where the backdrop and the enemies go. */
  readonly field: Rect;
  /** Integer zoom for 24px sprites. */
  readonly spriteZoom: number;
  readonly command: Rect;
  /** Target/spell sub-menu, next to the command window. */
  readonly submenu: Rect;
  readonly message: Rect;
}

export function fontSize(width: number, height: number): number {
  return Math.max(14, Math.min(26, Math.floor(Math.min(width / 22, height / 24))));
}

/** What the party's windows must leave free at the top right: the speaker button (scene-audio.ts) and its margin. */
function speakerReserve(width: number, height: number): number {
  return 6 + 12 * Math.max(2, Math.round(Math.min(width, height) / 320));
}

/**
 * The party's status windows. One member keeps the hero's window as it always was; more go side by
 * side in landscape, and stack as one-line rows on a phone, where three boxes would not fit across.
 * Either way they stay left of the speaker button.
 */
function partyRects(width: number, height: number, n: number, portrait: boolean, font: number, pad: number, line: number): { rects: Rect[]; style: 'box' | 'row' } {
  const free = width - pad * 2 - speakerReserve(width, height) - pad;
  const boxH = line * 2 + pad * 2;
  if (n <= 1 || !portrait) {
    const w = Math.min(width - pad * 2, font * 13, n <= 1 ? Infinity : Math.floor((free - pad * (n - 1)) / n));
    return { rects: Array.from({ length: Math.max(1, n) }, (_, i) => ({ x: pad + i * (w + pad), y: pad, w, h: boxH })), style: 'box' };
  }
  const rowH = line + pad * 2;
  const gap = Math.round(pad / 2);
  const w = Math.min(free, font * 16);
  return { rects: Array.from({ length: n }, (_, i) => ({ x: pad, y: pad + i * (rowH + gap), w, h: rowH })), style: 'row' };
}

/** `partySize`: how many status windows the top of the screen holds (1 for the hero alone). */
export function battleLayout(width: number, height: number, partySize = 1): BattleLayout {
  const portrait = height > width * 1.1;
  const font = fontSize(width, height);
  const pad = Math.round(font * 0.6);
  const line = Math.round(font * 1.5);
  const inner = width - pad * 2;
  const partyWindows = partyRects(width, height, partySize, portrait, font, pad, line);
  const status: Rect = partyWindows.rects[0]!;
  const last = partyWindows.rects[partyWindows.rects.length - 1]!;
  const bottomH = line * 4 + pad * 2;
  const bottomY = height - pad - bottomH;
  let command: Rect;
  let submenu: Rect;
  let message: Rect;
  if (portrait) {
    // Phone: the message window on top of the command window, both full width.
    // Three rows (たたかう じゅもん / ぼうぎょ にげる / どうぐ), each a touch target on a phone (menu.ts's
    // TOUCH_MIN, 44 px, inside the frame's 8 px border), so the window never grows over the message one.
    const touchRows = Math.min(width, height) <= 500 ? 3 * 44 + 2 * 8 * (font >= 20 ? 2 : 1) : 0;
    const cmdH = Math.max(line * 3 + pad * 2, touchRows);
    command = { x: pad, y: height - pad - cmdH, w: inner, h: cmdH };
    message = { x: pad, y: command.y - pad - bottomH, w: inner, h: bottomH };
    // A sub-menu covers the message window and the command window below it: four 44 px rows (three
    // items and もどる) are taller than the message window, and a half-covered command window showed through.
    submenu = { x: pad, y: message.y, w: inner, h: command.y + command.h - message.y };
  } else {
    // Landscape: the command window bottom-left, the message window to its right; sub-menus
    // open over the message window's left end, as in DQ.
    const cmdW = Math.min(Math.round(inner * 0.36), font * 12);
    command = { x: pad, y: bottomY, w: cmdW, h: bottomH };
    message = { x: pad + cmdW + pad, y: bottomY, w: inner - cmdW - pad, h: bottomH };
    submenu = { x: message.x, y: bottomY, w: Math.min(message.w, font * 14), h: bottomH };
  }
  const fieldTop = last.y + last.h + pad;
  const fieldBottom = message.y - pad;
  const field: Rect = { x: 0, y: fieldTop, w: width, h: Math.max(40, fieldBottom - fieldTop) };
  const spriteZoom = Math.max(2, Math.min(8, Math.floor(Math.min(field.h * 0.55, width / 4.2) / 24)));
  return { portrait, font, pad, status, party: partyWindows.rects, partyStyle: partyWindows.style, field, spriteZoom, command, submenu, message };
}

/** A centred column of menu-sized rows for the title, interlude and result screens. */
export function screenColumn(width: number, height: number): { font: number; pad: number; w: number; x: number; top: number; line: number } {
  const font = fontSize(width, height);
  const pad = Math.round(font * 0.6);
  const w = Math.min(width - pad * 2, font * 22);
  return { font, pad, w, x: Math.round((width - w) / 2), top: Math.round(height * 0.08), line: Math.round(font * 1.6) };
}
