// Every scene, in start order (Phaser starts the first). A new screen is a class here and a line below.
import { Boot } from './Boot.ts';
import { Preloader } from './Preloader.ts';
import { Title } from './Title.ts';
import { Classic } from './Classic.ts';
import { Battle } from './Battle.ts';
import { Interlude } from './Interlude.ts';
import { Result } from './Result.ts';
import { Learn } from './Learn.ts';

export const SCENES = [Boot, Preloader, Title, Classic, Battle, Interlude, Result, Learn];
