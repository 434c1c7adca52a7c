import { describe, expect, it } from 'vitest';
import {
  AUDIO_MANIFEST,
  AudioPlayer,
  bundledAudioUrls,
  DEFAULT_NOTICE,
  type AudioBackend,
  type AudioManifest,
  type HowlLike,
  type HowlSpec,
} from '../../../src/game/audio/player.ts';
import { AUDIO_SETTINGS_KEY } from '../../../src/game/storage/audio-settings.ts';
import { MUSIC_IDS, SFX_IDS } from '../../../src/game/audio/sound-map.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';

// A fake Howler: records calls, loads when told to, never touches an AudioContext.
class FakeHowl implements HowlLike {
  loaded = false;
  next = 1;
  readonly calls: string[] = [];
  readonly volumes = new Map<number | 'group', number>();
  readonly playing = new Set<number>();
  constructor(readonly spec: HowlSpec) {
    this.volumes.set('group', spec.volume);
  }
  play(): number {
    const id = this.next++;
    this.playing.add(id);
    this.calls.push(`play:${id}`);
    return id;
  }
  stop(id?: number): void {
    if (id === undefined) this.playing.clear();
    else this.playing.delete(id);
    this.calls.push(`stop:${id ?? '*'}`);
  }
  volume(v: number, id?: number): void {
    this.volumes.set(id ?? 'group', v);
  }
  fade(from: number, to: number, ms: number, id?: number): void {
    this.calls.push(`fade:${id}:${from}->${to}:${ms}`);
    this.volumes.set(id ?? 'group', to);
  }
  state(): 'unloaded' | 'loading' | 'loaded' {
    return this.loaded ? 'loaded' : 'loading';
  }
  load(): void {
    this.loaded = true;
    this.spec.onload();
  }
}

class FakeBackend implements AudioBackend {
  isAvailable = true;
  isRunning = false;
  muted: boolean | null = null;
  readonly howls = new Map<string, FakeHowl>();
  private unlockCallbacks: (() => void)[] = [];
  constructor(private readonly byUrl: (url: string) => string) {}
  available(): boolean {
    return this.isAvailable;
  }
  running(): boolean {
    return this.isRunning;
  }
  watchUnlock(callback: () => void): void {
    this.unlockCallbacks.push(callback);
  }
  createHowl(spec: HowlSpec): HowlLike {
    const howl = new FakeHowl(spec);
    this.howls.set(this.byUrl(spec.src), howl);
    return howl;
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
  }
  unlock(): void {
    this.isRunning = true;
    for (const cb of this.unlockCallbacks) cb();
  }
  loadAll(): void {
    for (const h of this.howls.values()) h.load();
  }
  howl(id: string): FakeHowl {
    const h = this.howls.get(id);
    if (!h) throw new Error(`no howl ${id}`);
    return h;
  }
}


const URLS = new Map(Object.values(AUDIO_MANIFEST).map((e) => [e.file, `/assets/${e.file}`]));
const idOfUrl = (url: string) => url.replace(/^\/assets\//, '').replace(/\.wav$/, '');

function setup(opts: { running?: boolean; loaded?: boolean; storage?: MemoryStorage; available?: boolean; urls?: Map<string, string> } = {}) {
  const backend = new FakeBackend(idOfUrl);
  backend.isRunning = opts.running ?? true;
  backend.isAvailable = opts.available ?? true;
  let t = 1000;
  const timers: { at: number; fn: () => void }[] = [];
  const notices: string[] = [];
  const warnings: string[] = [];
  const storage = opts.storage ?? new MemoryStorage();
  const player = new AudioPlayer({
    backend,
    now: () => t,
    storage,
    urls: opts.urls ?? URLS,
    onNotice: (text) => notices.push(text),
    schedule: (fn, ms) => timers.push({ at: t + ms, fn }),
    warn: (m) => warnings.push(m),
  });
  if (opts.loaded ?? true) backend.loadAll();
  const advance = (ms: number) => {
    t += ms;
    for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (timer.at <= t) timer.fn();
      else timers.push(timer);
    }
  };
  return { backend, player, notices, warnings, storage, advance };
}

describe('bundled audio', () => {
  it('bundles a URL for every manifest file, and the manifest covers every sound id', () => {
    const urls = bundledAudioUrls();
    for (const entry of Object.values(AUDIO_MANIFEST)) expect(urls.get(entry.file), entry.file).toBeTruthy();
    expect(Object.keys(AUDIO_MANIFEST).sort()).toEqual([...SFX_IDS, ...MUSIC_IDS].sort());
  });
});

describe('AudioPlayer', () => {
  it('creates one Howl per manifest entry: loops for bgm, once for effects and jingles', () => {
    const { backend } = setup();
    expect([...backend.howls.keys()].sort()).toEqual(Object.keys(AUDIO_MANIFEST).sort());
    expect(backend.howl('bgm-battle').spec.loop).toBe(true);
    expect(backend.howl('jingle-victory').spec.loop).toBe(false);
    expect(backend.howl('attack').spec.loop).toBe(false);
  });

  it('plays effects and logs them in order', () => {
    const { backend, player, advance } = setup();
    player.play('attack');
    advance(100);
    player.play('hit-enemy');
    expect(player.played).toEqual(['attack', 'hit-enemy']);
    expect(backend.howl('attack').calls).toEqual(['play:1']);
  });

  it('rate-limits effects: the same effect twice within 60 ms plays once', () => {
    const { player, advance } = setup();
    player.play('hit-enemy');
    player.play('hit-enemy');
    advance(30);
    player.play('hit-enemy');
    advance(40);
    player.play('hit-enemy');
    expect(player.played).toEqual(['hit-enemy', 'hit-enemy']);
    expect(player.dropped).toBe(2);
  });

  it('caps overlapping effects so a 4x burst does not pile up', () => {
    const { player } = setup();
    for (const id of ['attack', 'hit-enemy', 'hit-hero', 'heal', 'spell', 'defend', 'critical']) player.play(id);
    expect(player.played).toHaveLength(4);
  });

  it('plays nothing and logs nothing before the unlock; the wanted music starts at the unlock', () => {
    const { backend, player, warnings } = setup({ running: false });
    player.play('attack');
    player.music('bgm-title');
    expect(player.played).toEqual([]);
    expect(player.status().unlocked).toBe(false);
    expect(backend.howl('bgm-title').calls).toEqual([]);
    backend.unlock();
    expect(player.status().unlocked).toBe(true);
    expect(player.played).toEqual(['bgm-title']);
    // the effect asked for while locked is dropped, not played late
    expect(backend.howl('attack').calls).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('starts wanted music when its file finishes loading, and skips effects not loaded yet', () => {
    const { backend, player } = setup({ loaded: false });
    player.music('bgm-battle');
    player.play('attack');
    expect(player.played).toEqual([]);
    backend.howl('bgm-battle').load();
    expect(player.played).toEqual(['bgm-battle']);
  });

  it('does not restart a loop asked for again, cross-fades to another loop', () => {
    const { backend, player, advance } = setup();
    player.music('bgm-title');
    player.music('bgm-title');
    expect(backend.howl('bgm-title').calls).toEqual(['play:1']);
    player.music('bgm-battle');
    expect(backend.howl('bgm-title').calls).toEqual(['play:1', 'fade:1:0.6->0:600']);
    expect(backend.howl('bgm-battle').calls).toEqual(['play:1', 'fade:1:0->0.6:600']);
    expect(backend.howl('bgm-title').playing.size).toBe(1);
    advance(700);
    expect(backend.howl('bgm-title').playing.size).toBe(0);
    expect(player.played).toEqual(['bgm-title', 'bgm-battle']);
  });

  it('a jingle cuts the loop quickly and plays once; a battle-end event id routes to music', () => {
    const { backend, player, advance } = setup();
    player.music('bgm-boss');
    player.play('jingle-victory'); // what soundFor(battleEnd victory) gives the sink
    expect(player.musicId).toBe('jingle-victory');
    expect(backend.howl('bgm-boss').calls[1]).toBe('fade:1:0.6->0:150');
    expect(backend.howl('jingle-victory').calls).toEqual(['play:1']);
    expect(backend.howl('jingle-victory').volumes.get(1)).toBe(0.6);
    advance(200);
    expect(backend.howl('bgm-boss').playing.size).toBe(0);
    player.music('jingle-victory');
    expect(backend.howl('jingle-victory').calls).toEqual(['play:1']);
    player.music(null);
    advance(700);
    expect(backend.howl('jingle-victory').playing.size).toBe(0);
  });

  it('applies a quiet gain to a track', () => {
    const { backend, player } = setup();
    player.music('bgm-battle', { gain: 0.5 });
    expect(backend.howl('bgm-battle').volumes.get(1)).toBeCloseTo(0.3);
    player.music('bgm-battle', { gain: 1 });
    expect(backend.howl('bgm-battle').volumes.get(1)).toBeCloseTo(0.6);
  });

  it('mute: applied to Howler, skips effects, persisted, and read back by a new player', () => {
    const storage = new MemoryStorage();
    const a = setup({ storage });
    expect(a.backend.muted).toBe(false);
    const changes: boolean[] = [];
    a.player.onChange(() => changes.push(a.player.muted));
    expect(a.player.toggleMute()).toBe(true);
    expect(a.backend.muted).toBe(true);
    expect(changes).toEqual([true]);
    a.player.play('attack');
    expect(a.player.played).toEqual([]);
    expect(JSON.parse(storage.getItem(AUDIO_SETTINGS_KEY)!)).toMatchObject({ muted: true });

    const b = setup({ storage });
    expect(b.player.status().muted).toBe(true);
    expect(b.backend.muted).toBe(true);
  });

  it('volumes: clamped, applied to effects and the playing music, persisted', () => {
    const storage = new MemoryStorage();
    const { backend, player } = setup({ storage });
    player.music('bgm-title');
    player.setVolume('music', 0.25);
    player.setVolume('sfx', 7);
    player.setVolume('sfx', Number.NaN);
    expect(backend.howl('bgm-title').volumes.get(1)).toBe(0.25);
    expect(backend.howl('attack').volumes.get('group')).toBe(1);
    expect(player.settings()).toEqual({ muted: false, music: 0.25, sfx: 1 });
    expect(JSON.parse(storage.getItem(AUDIO_SETTINGS_KEY)!)).toEqual({ muted: false, music: 0.25, sfx: 1 });
    expect(setup({ storage }).backend.howl('bgm-title').spec.volume).toBe(0.25);
  });

  it('corrupt stored settings fall back to defaults', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUDIO_SETTINGS_KEY, '{"muted":"yes"');
    const { player } = setup({ storage });
    expect(player.settings()).toEqual({ muted: false, music: 0.6, sfx: 0.8 });
  });

  it('a load error: that id fails, the rest plays, exactly one notice, warnings only', () => {
    const { backend, player, notices, warnings } = setup();
    backend.howl('hit-enemy').spec.onloaderror('Failed loading audio file with status: 404.');
    backend.howl('bgm-title').spec.onloaderror('Decoding audio data failed.');
    player.play('hit-enemy');
    player.music('bgm-title');
    player.play('attack');
    expect(player.played).toEqual(['attack']);
    expect(player.status().failed).toEqual(['hit-enemy', 'bgm-title']);
    expect(notices).toEqual([DEFAULT_NOTICE]);
    expect(warnings).toHaveLength(2);
  });

  it('every file 404s: silent, one notice, never throws', () => {
    const { backend, player, notices } = setup({ loaded: false });
    for (const h of backend.howls.values()) h.spec.onloaderror('404');
    expect(() => {
      player.music('bgm-battle');
      for (const id of SFX_IDS) player.play(id);
      player.play('jingle-defeat');
      player.music(null);
    }).not.toThrow();
    expect(player.played).toEqual([]);
    expect(player.status().failed).toHaveLength(Object.keys(AUDIO_MANIFEST).length);
    expect(notices).toHaveLength(1);
  });

  it('a play error marks the id failed with one notice', () => {
    const { backend, player, notices } = setup();
    backend.howl('heal').spec.onplayerror('locked');
    backend.howl('spell').spec.onplayerror('locked');
    expect(player.status().failed).toEqual(['heal', 'spell']);
    expect(notices).toHaveLength(1);
  });

  it('no audio device / no Web Audio: no Howls, silent, one notice, settings still work', () => {
    const storage = new MemoryStorage();
    const { backend, player, notices } = setup({ available: false, storage });
    expect(backend.howls.size).toBe(0);
    player.music('bgm-title');
    player.play('attack');
    player.toggleMute();
    expect(player.status()).toEqual({ unlocked: false, muted: true, failed: ['*'] });
    expect(notices).toHaveLength(1);
    expect(storage.getItem(AUDIO_SETTINGS_KEY)).toContain('"muted":true');
  });

  it('a missing file in the bundle fails that id only', () => {
    const urls = new Map(URLS);
    urls.delete('flee.wav');
    const { player, notices } = setup({ urls });
    player.play('flee');
    expect(player.status().failed).toEqual(['flee']);
    expect(notices).toHaveLength(1);
  });

  it('a throwing backend never reaches the game', () => {
    const manifest: AudioManifest = { attack: { file: 'attack.wav', kind: 'sfx', loop: false, duration: 0.1 } };
    const backend: AudioBackend = {
      available: () => true,
      running: () => true,
      watchUnlock() {},
      createHowl: () => ({
        play: () => { throw new Error('boom'); },
        stop() {},
        volume() {},
        fade() {},
        state: () => 'loaded',
      }),
      setMuted: () => { throw new Error('nope'); },
    };
    const notices: string[] = [];
    const player = new AudioPlayer({ backend, manifest, now: () => 0, storage: null, urls: URLS, onNotice: (t) => notices.push(t), warn() {} });
    expect(() => player.play('attack')).not.toThrow();
    expect(() => player.toggleMute()).not.toThrow();
    expect(player.status().failed).toEqual(['attack']);
    expect(notices).toHaveLength(1);
  });

  it('ignores unknown ids and keeps the played log capped', () => {
    const backend = new FakeBackend(idOfUrl);
    backend.isRunning = true;
    let t = 0;
    const player = new AudioPlayer({ backend, now: () => t, storage: null, urls: URLS, logCap: 5, warn() {} });
    backend.loadAll();
    player.play('no-such-sound');
    for (let i = 0; i < 20; i++) {
      t += 2000;
      player.play('menu-move');
    }
    expect(player.played).toEqual(Array(5).fill('menu-move'));
  });
});
