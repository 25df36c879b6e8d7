// Writes data/competencies.json: the O*NET knowledge (2.C), skill (2.A, 2.B), ability (1.A) and
// work-style (1.C) leaves with the terms and specificity curated here, plus the project's own
// `rungs:<slug>` competencies. The JSON is committed; the app never reads ../shared.
// Usage: npx tsx scripts/build-competencies.ts [content-model.json] [out.json]

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  Competency,
  CompetencyDomain,
  CompetencyVocabulary,
} from '../src/domain/ksa/competency-vocabulary.ts';
import { tokenizeKsaText } from '../src/domain/ksa/tokenize-ksa-text.ts';

const ONET_FILE = resolve(process.argv[2] ?? '../shared/onet/content-model.json');
const OUT_FILE = resolve(process.argv[3] ?? 'data/competencies.json');

interface OnetElement {
  id: string;
  name: string;
  description: string;
  domain: string | null;
}

interface Curation {
  /** Phrases that name the element in KSA wording; the element's name is added unless nameIsTerm is false. */
  terms: string[];
  /** Default true. False for names too generic to match on ("Administrative", "Design"). */
  nameIsTerm?: boolean;
  exclude?: string[];
  /** Terms that count only beside one of `anyOf` (see Competency.inContext). */
  inContext?: { term: string; anyOf: string[] }[];
  /** 0..1; low for generic competencies every class asks for, high for specific ones. */
  specificity: number;
}

/**
 * O*NET leaves: the terms class specifications use for each, and how specific each is.
 * NOTE: single generic words are left out on purpose ("design" alone would tie "program design"
 * to 2.C.3.c Design; "principles" alone would tie anything to everything).
 */
// prettier-ignore
const ONET: Record<string, Curation> = {
  // Abilities: cognitive
  '1.A.1.a.1': {
    terms: ['oral comprehension', 'understand spoken information', 'comprehend oral', 'understand oral information', 'listen to and understand'],
    specificity: 0.15,
  },
  '1.A.1.a.2': {
    terms: ['written comprehension', 'read and understand', 'understand written', 'read and interpret', 'interpret written', 'comprehend written'],
    specificity: 0.15,
  },
  '1.A.1.a.3': {
    terms: ['communicate effectively', 'communicate', 'communication skills', 'effective communication', 'interpersonal communication', 'communicate orally', 'communicate verbally', 'convey information verbally', 'oral communication', 'verbal communication', 'express ideas orally', 'orally', 'verbally', 'oral form', 'oral presentations', 'speak effectively', 'communicate information and ideas in speaking'],
    exclude: ['communication systems', 'communication equipment', 'communications center', 'communications commission', 'voice and data communications', 'knowledge of data communications', 'reception of data communications', 'radio communication', 'communications technology', 'communications facilities', 'communications engineering', 'television communication', 'telephone communications', 'wire communication', 'police communications', 'instructional communication', 'communication network'],
    specificity: 0.15,
  },
  '1.A.1.a.4': {
    terms: ['communicate effectively', 'effective communication', 'written expression', 'communicate in writing', 'communicate effectively in writing', 'express in writing', 'written communication', 'write clearly', 'write effectively', 'written form', 'writing skills', 'write'],
    exclude: ['computer program', 'write code', 'write software'],
    specificity: 0.15,
  },
  '1.A.1.b.1': {
    terms: ['fluency of ideas', 'generate ideas', 'come up with ideas', 'number of ideas'],
    specificity: 0.4,
  },
  '1.A.1.b.2': {
    terms: ['originality', 'unusual or clever ideas', 'creative ways to solve', 'original ideas', 'creative solutions'],
    specificity: 0.4,
  },
  '1.A.1.b.3': {
    terms: ['problem sensitivity', 'tell when something is wrong', 'recognize problems', 'recognize when something is wrong', 'identify problems', 'anticipate problems', 'detect problems'],
    specificity: 0.3,
  },
  '1.A.1.b.4': {
    terms: ['deductive reasoning', 'reason logically', 'logical reasoning', 'think logically', 'apply general rules to specific problems', 'apply rules', 'sound reasoning'],
    specificity: 0.3,
  },
  '1.A.1.b.5': {
    terms: ['inductive reasoning', 'draw valid conclusions', 'draw sound conclusions', 'draw logical conclusions', 'draw conclusions', 'reach sound conclusions', 'form general rules'],
    specificity: 0.3,
  },
  '1.A.1.b.6': {
    terms: ['information ordering', 'arrange things or actions in a certain order', 'arrange in order', 'set of rules', 'sequence information'],
    specificity: 0.3,
  },
  '1.A.1.b.7': {
    terms: ['category flexibility', 'combining or grouping things', 'different sets of rules'],
    specificity: 0.4,
  },
  '1.A.1.c.1': {
    terms: ['mathematical reasoning', 'mathematical methods', 'mathematical formulas', 'choose the right mathematical methods'],
    specificity: 0.5,
  },
  '1.A.1.c.2': {
    terms: ['number facility', 'arithmetic calculations', 'arithmetical calculations', 'arithmetical computations', 'arithmetic computations', 'simple arithmetic', 'perform calculations', 'make calculations', 'calculations', 'computations', 'add subtract multiply divide'],
    specificity: 0.3,
  },
  '1.A.1.d.1': {
    terms: ['memorization', 'memorize', 'remember information', 'recall information', 'remember names'],
    specificity: 0.4,
  },
  '1.A.1.e.1': {
    terms: ['speed of closure', 'make sense of information quickly', 'meaningful patterns'],
    specificity: 0.5,
  },
  '1.A.1.e.2': {
    terms: ['flexibility of closure', 'detect a known pattern', 'hidden in other distracting material'],
    specificity: 0.5,
  },
  '1.A.1.e.3': {
    terms: ['compare numbers', 'detect errors', 'perceptual speed', 'compare similarities and differences', 'detect errors quickly', 'check data quickly'],
    specificity: 0.4,
  },
  '1.A.1.f.1': {
    terms: ['spatial orientation', 'read maps', 'map reading', 'orient oneself', 'geographic orientation'],
    specificity: 0.5,
  },
  '1.A.1.f.2': {
    terms: ['visualization', 'visualize', 'spatial relationships', 'three dimensional', 'three-dimensional'],
    specificity: 0.5,
  },
  '1.A.1.g.1': {
    terms: ['attentiveness', 'distractions', 'frequent distractions', 'selective attention', 'concentrate', 'concentration', 'without being distracted', 'maintain attention'],
    specificity: 0.3,
  },
  '1.A.1.g.2': {
    terms: ['time sharing', 'shift back and forth', 'multitask', 'multi-task', 'multiple tasks simultaneously', 'handle multiple tasks', 'several tasks at once', 'multiple assignments'],
    specificity: 0.3,
  },
  // Abilities: psychomotor, physical, sensory
  '1.A.2.a.1': { terms: ['arm-hand steadiness', 'steady hand'], specificity: 0.6 },
  '1.A.2.a.2': {
    terms: ['manual dexterity', 'dexterity', 'use of hands', 'hand-eye coordination', 'eye-hand coordination'],
    specificity: 0.5,
  },
  '1.A.2.a.3': { terms: ['finger dexterity', 'fine motor'], specificity: 0.6 },
  '1.A.2.b.1': { terms: ['control precision'], specificity: 0.6 },
  '1.A.2.b.2': { terms: ['multilimb coordination'], specificity: 0.6 },
  '1.A.2.b.3': { terms: ['response orientation'], specificity: 0.6 },
  '1.A.2.b.4': { terms: ['rate control'], specificity: 0.6 },
  '1.A.2.c.1': {
    terms: ['reaction time', 'react quickly', 'respond quickly to a signal'],
    specificity: 0.5,
  },
  '1.A.2.c.2': { terms: ['wrist-finger speed'], specificity: 0.6 },
  '1.A.2.c.3': { terms: ['speed of limb movement'], specificity: 0.6 },
  '1.A.3.a.1': {
    terms: ['lift', 'move heavy objects', 'handle heavy', 'heavy objects', 'heavy materials', 'push pull carry', 'heavy manual labor', 'manual labor', 'heavy physical labor', 'static strength', 'lift heavy', 'lift and carry', 'heavy lifting', 'lift objects', 'carry heavy', 'lift up to', 'pounds'],
    specificity: 0.4,
  },
  '1.A.3.a.2': { terms: ['explosive strength'], specificity: 0.6 },
  '1.A.3.a.3': { terms: ['dynamic strength', 'muscular endurance'], specificity: 0.6 },
  '1.A.3.a.4': { terms: ['trunk strength'], specificity: 0.6 },
  '1.A.3.b.1': {
    terms: ['stand for long periods', 'long periods', 'walk long distances', 'prolonged standing', 'standing', 'stamina', 'physical endurance', 'physically demanding', 'strenuous physical', 'physical condition', 'physical fitness', 'physically fit', 'arduous', 'physical stamina', 'strenuous'],
    specificity: 0.35,
  },
  '1.A.3.c.1': {
    terms: ['extent flexibility', 'bend', 'stoop', 'kneel', 'crawl', 'crouch'],
    specificity: 0.5,
  },
  '1.A.3.c.2': { terms: ['dynamic flexibility'], specificity: 0.6 },
  '1.A.3.c.3': { terms: ['agility', 'gross body coordination', 'climb'], specificity: 0.5 },
  '1.A.3.c.4': {
    terms: ['gross body equilibrium', 'body balance', 'keep balance', 'work at heights'],
    specificity: 0.5,
  },
  '1.A.4.a.1': { terms: ['near vision', 'close vision', 'visual acuity'], specificity: 0.5 },
  '1.A.4.a.2': { terms: ['far vision', 'distance vision'], specificity: 0.5 },
  '1.A.4.a.3': {
    terms: ['visual color discrimination', 'color discrimination', 'color vision', 'distinguish colors', 'colour vision'],
    specificity: 0.55,
  },
  '1.A.4.a.4': { terms: ['night vision'], specificity: 0.6 },
  '1.A.4.a.5': { terms: ['peripheral vision'], specificity: 0.6 },
  '1.A.4.a.6': { terms: ['depth perception', 'judge distances'], specificity: 0.55 },
  '1.A.4.a.7': { terms: ['glare sensitivity'], specificity: 0.6 },
  '1.A.4.b.1': {
    terms: ['hearing sensitivity', 'hearing acuity', 'distinguish sounds', 'detect sounds'],
    specificity: 0.55,
  },
  '1.A.4.b.2': { terms: ['auditory attention'], specificity: 0.6 },
  '1.A.4.b.3': { terms: ['sound localization'], specificity: 0.6 },
  '1.A.4.b.4': {
    terms: ['speech recognition', 'understand the speech of another person'],
    specificity: 0.5,
  },
  '1.A.4.b.5': {
    terms: ['speech clarity', 'speak clearly', 'clear speech', 'enunciate', 'clear speaking voice'],
    specificity: 0.3,
  },
  // Work styles
  '1.C.1.a': {
    nameIsTerm: false,
    terms: ['achievement', 'achievement goals', 'challenging goals', 'exert effort', 'mastering tasks'],
    specificity: 0.3,
  },
  '1.C.1.b': {
    terms: ['persistence', 'persist', 'perseverance', 'persevere', 'in the face of obstacles'],
    specificity: 0.3,
  },
  '1.C.1.c': {
    terms: ['initiative', 'self starter', 'self-starter', 'self motivated', 'self-motivated', 'take on responsibilities', 'resourcefulness', 'resourceful'],
    specificity: 0.2,
  },
  '1.C.2.b': {
    terms: ['leadership', 'provide leadership', 'lead others', 'take charge', 'leadership skills', 'leadership ability'],
    specificity: 0.35,
  },
  '1.C.3.a': {
    terms: ['cooperation', 'cooperative attitude', 'cooperate', 'teamwork', 'team player', 'work cooperatively', 'work as a team', 'team member', 'team environment', 'good-natured', 'tact', 'tactful', 'diplomacy', 'diplomatic', 'courtesy', 'courteous', 'work as part of a team'],
    specificity: 0.1,
  },
  '1.C.3.b': {
    terms: ['concern for others', 'compassion', 'compassionate', 'empathy', 'empathetic', 'empathic', "sensitive to others' needs", 'sensitivity to the needs', 'caring', 'sympathetic understanding', 'sympathetic', 'kindness', 'warmth', 'understanding and helpful'],
    specificity: 0.35,
  },
  '1.C.3.c': {
    terms: ['social orientation', 'work with others rather than alone', 'personally connected with others'],
    specificity: 0.3,
  },
  '1.C.4.a': {
    terms: ['self-control', 'self control', 'composure', 'keep emotions in check', 'keeping emotions in check', 'control anger', 'remain calm', 'patience', 'emotional maturity', 'emotional stability', 'emotionally stable', 'maturity', 'poise', 'restraint', 'even temperament', 'avoid aggressive behavior'],
    specificity: 0.3,
  },
  '1.C.4.b': {
    terms: ['stress tolerance', 'under pressure', 'stressful situations', 'high stress', 'high-stress', 'work under stress', 'accept criticism', 'accepting criticism', 'calmly', 'deal calmly', 'tolerate stress', 'difficult and stressful'],
    specificity: 0.3,
  },
  '1.C.4.c': {
    terms: ['adaptability', 'flexibility', 'flexible', 'adapt to change', 'adapt to changing', 'open to change', 'adjust to changing', 'changing priorities', 'changing conditions', 'adjust to new'],
    exclude: ['category flexibility', 'extent flexibility', 'dynamic flexibility'],
    specificity: 0.25,
  },
  '1.C.5.a': {
    terms: ['dependability', 'dependable', 'punctuality', 'punctual', 'fulfill obligations', 'fulfilling obligations', 'reliable and responsible', 'good attendance', 'regular attendance'],
    specificity: 0.15,
  },
  '1.C.5.b': {
    terms: ['accuracy', 'attention to detail', 'detail oriented', 'detail-oriented', 'meticulous', 'careful attention', 'close attention to detail', 'degree of accuracy', 'high degree of accuracy', 'precision', 'careful about detail', 'thorough in completing'],
    specificity: 0.2,
  },
  '1.C.5.c': {
    terms: ['impartial', 'impartiality', 'fair and impartial', 'objectivity', 'without bias', 'unbiased', 'integrity', 'honesty', 'honest', 'ethical', 'ethics', 'trustworthy', 'trustworthiness', 'high ethical standards', 'professional ethics'],
    specificity: 0.3,
  },
  '1.C.6': {
    terms: ['independence', 'work independently', 'independently', 'little or no supervision', 'minimal supervision', 'without close supervision', 'without direct supervision', 'independent judgment', 'self-directed', 'self directed'],
    specificity: 0.2,
  },
  '1.C.7.a': {
    terms: ['innovation', 'innovative', 'creativity', 'creative', 'new ideas', 'alternative thinking', 'imagination', 'imaginative'],
    specificity: 0.35,
  },
  '1.C.7.b': {
    terms: ['analytical thinking', 'analytical', 'analytic', 'analyze', 'analysis', 'analyzing', 'analytical skills', 'use logic'],
    // A laboratory's analyses are tests run on samples, not reasoning about information.
    exclude: ['chemical analysis', 'chemical analyses', 'biochemical analysis', 'biochemical analyses', 'physical analysis', 'physical analyses', 'microbiological analyses', 'microscopic analyses', 'instrumental analysis', 'chemical tests and analyses', 'monitor and/or collect samples for analysis', 'samples for laboratory analyses', 'analyze samples', 'analyzing air samples'],
    specificity: 0.2,
  },
  // Basic skills
  '2.A.1.a': {
    terms: ['read and understand', 'read and interpret', 'understand written', 'interpret written', 'reading', 'read', 'written sentences and paragraphs'],
    exclude: ['read maps', 'read blueprints', 'read and interpret blueprints', 'read and understand wiring diagrams', 'read and use drawings', 'read interpret and work from plans', 'read and work from plans', 'read and work from working drawings', 'read and interpret plans', 'read and understand plans', 'read plans', 'read and interpret construction plans', 'read and understand construction plans', 'read construction plans', 'read and interpret landscaping plans', 'read and interpret contract plans', 'read and understand highway plans', 'read and explain plans', 'read and interpret engineering drawings', 'read and interpret technical drawings', 'read shop drawings', 'read electrical schematic', 'read and interpret electronic', 'read and interpret maps', 'read topographic maps', 'read planimetric', 'read and use maps', 'read and construct maps', 'read small letters', 'read grade and slope stakes', 'reading tests', 'read clinical lab tests'],
    specificity: 0.15,
  },
  '2.A.1.b': {
    terms: ['active listening', 'listen actively', 'listen', 'listening', 'listening skills', 'full attention to what other people are saying'],
    specificity: 0.25,
  },
  '2.A.1.c': {
    terms: ['writing', 'write', 'written communication', 'communicate in writing', 'communicating effectively in writing', 'written form', 'composition', 'compose', 'correspondence', 'draft letters', 'writing skills', 'written english'],
    exclude: ['computer program', 'write code', 'write software', 'written examination', 'written test'],
    specificity: 0.15,
  },
  '2.A.1.d': {
    terms: ['address groups', 'address an audience', 'address large groups', 'public addresses', 'public speaking', 'speeches', 'give talks', 'speak', 'speak effectively', 'oral communication', 'verbal communication', 'communicate orally', 'communicate verbally', 'verbally', 'orally', 'oral form', 'oral presentations', 'make presentations', 'presentations', 'convey information', 'talking to others'],
    exclude: ['present written statements', 'present financial statements', 'present statistical', 'compiling and presenting data', 'present complex data', 'presented by others', 'presented material', 'presentation drawings', 'presentation software', 'presentation or publication', 'present and display'],
    specificity: 0.15,
  },
  '2.A.1.e': {
    terms: ['mathematics', 'mathematical', 'math', 'using mathematics', 'solve mathematical problems', 'math skills'],
    specificity: 0.45,
  },
  '2.A.1.f': {
    terms: ['scientific methods', 'scientific method', 'scientific rules', 'scientific principles', 'scientific research', 'science', 'sciences', 'scientific'],
    exclude: ['social science', 'behavioral science', 'political science', 'computer science'],
    specificity: 0.6,
  },
  '2.A.2.a': {
    terms: ['critical thinking', 'evaluate alternatives', 'strengths and weaknesses', 'logic and reasoning', 'weigh alternatives', 'evaluate options', 'alternative solutions', 'develop alternatives'],
    specificity: 0.3,
  },
  '2.A.2.b': {
    terms: ['active learning', 'learn new', 'learn quickly', 'learn and apply', 'keep abreast', 'keep current', 'keep informed', 'current developments', 'current trends', 'implications of new information', 'learn rapidly', 'learn to perform', 'learn'],
    specificity: 0.2,
  },
  '2.A.2.c': {
    terms: ['learning strategies', 'instructional methods', 'teaching methods', 'training methods', 'training techniques', 'methods of instruction', 'learning new things'],
    specificity: 0.45,
  },
  '2.A.2.d': {
    terms: ['work quality', 'quality of work', 'judge work quality', 'monitoring', 'monitor', 'monitor performance', 'assess performance', 'evaluate performance', 'corrective action', 'take corrective action', 'monitor progress'],
    specificity: 0.25,
  },
  // Cross-functional skills
  '2.B.1.a': {
    terms: ['social perceptiveness', "aware of others' reactions", 'aware of their reactions', 'understanding why they react', 'why they react as they do', 'perceptiveness', 'interpersonal sensitivity', 'sensitivity to others', 'powers of observation', 'perceptive'],
    specificity: 0.45,
  },
  '2.B.1.b': {
    terms: ['coordinate', 'coordinating', 'adjusting actions in relation to others', 'coordinate activities', 'coordinate the work'],
    exclude: ['hand-eye coordination', 'eye-hand coordination', 'multilimb coordination', 'gross body coordination', 'california coordinate system', 'using coordinate systems', 'projections and coordinate systems', 'plane coordinate system', 'geographic coordinate system'],
    specificity: 0.25,
  },
  '2.B.1.c': {
    terms: ['persuasion', 'persuade', 'persuasive', 'convince', 'convincing', 'influence others', 'gain acceptance', 'gain the cooperation', 'sell ideas', 'persuaded'],
    specificity: 0.45,
  },
  '2.B.1.d': {
    terms: ['negotiation', 'negotiate', 'negotiating', 'reconcile differences', 'resolve conflicts', 'resolve conflict', 'conflict resolution', 'mediate', 'mediation', 'bargaining', 'collective bargaining', 'resolve disputes', 'settle disputes', 'dispute resolution'],
    specificity: 0.5,
  },
  '2.B.1.e': {
    terms: ['instructing', 'instruct', 'instruct others', 'teach', 'teaching', 'teach others', 'train others', 'training others', 'train staff', 'train employees', 'provide training', 'conduct training', 'coaching', 'coach', 'mentor', 'mentoring', 'tutor', 'train and supervise', 'train subordinates'],
    specificity: 0.35,
  },
  '2.B.1.f': {
    terms: ['service orientation', 'help people', 'helping people', 'customer service orientation', 'service oriented', 'service-oriented', 'ways to help people', 'client focused', 'client-focused', 'customer focused', 'helpful'],
    specificity: 0.3,
  },
  '2.B.2.i': {
    terms: ['complex problem solving', 'problem solving', 'problem-solving', 'solve problems', 'solving problems', 'resolve problems', 'resolve complex', 'identify complex problems', 'solutions to problems', 'implement solutions', 'solve complex', 'resolve issues'],
    specificity: 0.3,
  },
  '2.B.3.a': {
    terms: ['operations analysis', 'analyze needs and product requirements', 'requirements analysis', 'analyze operations', 'analyze programs and operations', 'analyze procedures', 'workflow analysis', 'business requirements', 'methods analysis'],
    specificity: 0.55,
  },
  '2.B.3.b': {
    terms: ['technology design', 'design equipment', 'adapting equipment and technology', 'design systems'],
    specificity: 0.7,
  },
  '2.B.3.c': {
    terms: ['equipment selection', 'select equipment', 'determine the kind of tools', 'selection of tools', 'selection of equipment', 'specify equipment'],
    specificity: 0.65,
  },
  '2.B.3.d': {
    nameIsTerm: false,
    terms: ['installation', 'install', 'installing'],
    specificity: 0.65,
  },
  '2.B.3.e': {
    terms: ['programming', 'computer programming', 'write computer programs', 'writing computer programs', 'software development', 'coding', 'programming languages', 'programmer'],
    specificity: 0.85,
  },
  '2.B.3.g': {
    terms: ['gauges', 'dials', 'meters', 'monitor equipment', 'monitor operations', 'control panel', 'instrument readings', 'machine is working properly', 'operate and monitor'],
    specificity: 0.65,
  },
  '2.B.3.h': {
    nameIsTerm: false,
    terms: ['operation and control', 'operate equipment', 'operate machinery', 'control equipment', 'operate machines', 'operation of equipment', 'operating equipment', 'equipment operation', 'operate a motor vehicle', 'operate vehicles', 'heavy equipment', 'drive a vehicle', 'operate', 'equipment operations', 'machine operations', 'operation of machines', 'operation of machinery', 'operation of vehicles', 'vehicle operations', 'plant operations', 'operation and maintenance', 'computer operations', 'operation and care', 'care and operation', 'operation and repair', 'repair and operation', 'operation and servicing', 'operation and use', 'use and operation', 'operations and mechanics', 'installation and operation', 'theory of operation', 'equipment used in the operation'],
    exclude: ['operations research', 'organization and operation', 'program operations', 'operation of the program', 'departmental operations', 'field operations', 'business operations', 'service operations', 'operating room', 'operating budget', 'operating policies', 'operating units', 'operational plans', 'operational reports', 'administration and operation', 'operations of the agency', 'operations of federal', 'operation of the california', 'emergency operations', 'undercover operations', 'tactical operations', 'investigative operations', 'arithmetic operations', 'operating programs', 'departmental operating', 'operating procedures', 'operating methods', 'operating rules', 'operating expense', 'operating problems', 'operating authority', 'operating rights', 'operating systems', 'operating managers', 'financial and operating statements', 'operating accounts', 'operating efficiency', 'operating inefficiencies', 'operating matters', 'operating organization', 'operating and procedural', 'operate within', 'operate in a lead capacity', 'operating in an administrative capacity', 'intra operative', 'operate an arts program', 'operating a complex statewide program', 'operating a large governmental'],
    inContext: [{ term: 'operation', anyOf: ['equipment', 'machine', 'machines', 'machinery', 'vehicle', 'vehicles', 'automotive', 'truck', 'trucks', 'forklift', 'forklifts', 'engine', 'engines', 'tools', 'instrument', 'instruments', 'instrumentation', 'device', 'devices', 'apparatus', 'boat', 'boats', 'vessel', 'vessels', 'ferry', 'ferries', 'aircraft', 'radio', 'pump', 'pumps', 'pumping', 'boiler', 'boilers', 'crane', 'cranes', 'hoist', 'hoists', 'switchboard', 'camera', 'cameras', 'accelerator', 'simulator', 'gear', 'valves'] }],
    specificity: 0.45,
  },
  '2.B.3.j': {
    terms: ['equipment maintenance', 'maintain equipment', 'maintenance of equipment', 'preventive maintenance', 'routine maintenance', 'care of equipment', 'care and maintenance', 'lubrication', 'maintenance and repair'],
    specificity: 0.55,
  },
  '2.B.3.k': {
    terms: ['troubleshooting', 'troubleshoot', 'diagnose malfunctions', 'locate defects', 'diagnose problems', 'causes of operating errors', 'malfunctions', 'malfunction', 'locate trouble'],
    specificity: 0.6,
  },
  '2.B.3.l': {
    terms: ['repairing', 'repair', 'make repairs', 'repairs', 'fix'],
    specificity: 0.55,
  },
  '2.B.3.m': {
    terms: ['quality control', 'quality assurance', 'inspection', 'inspect', 'inspections', 'inspecting', 'test and inspect', 'tests and inspections', 'product quality'],
    specificity: 0.5,
  },
  '2.B.4.e': {
    terms: ['decision making', 'decision-making', 'make decisions', 'making decisions', 'sound judgment', 'good judgment', 'exercise judgment', 'independent judgment', 'judgment', 'relative costs and benefits', 'decisions', 'choose the most appropriate'],
    exclude: ['court decisions', 'judicial decisions'],
    specificity: 0.3,
  },
  '2.B.4.g': {
    terms: ['systems analysis', 'system analysis', 'analyze systems', 'how a system should work', 'changes in conditions operations and the environment'],
    specificity: 0.6,
  },
  '2.B.4.h': {
    terms: ['process improvement', 'continuous quality improvement', 'cqi', 'benchmarking', 'quality improvement', 'best practices', 'systems evaluation', 'indicators of system performance', 'performance measures', 'performance indicators', 'evaluate systems', 'performance measurement'],
    specificity: 0.55,
  },
  '2.B.5.a': {
    terms: ['organizational skills', 'ability to organize', 'timely manner', 'timely', 'complete tasks', 'priorities', 'establish priorities', 'maintain priorities', "manage one's own time", 'manage time', 'managing time', 'meet deadlines', 'meeting deadlines', 'prioritize', 'prioritizing', 'set priorities', 'organize work', 'plan and organize work', 'organize own work', 'workload', 'scheduling', 'schedule work', 'time of others', 'skill in organizing'],
    exclude: ['periods of time', 'over time', 'time of conflict', 'time accounting'],
    specificity: 0.25,
  },
  '2.B.5.b': {
    terms: ['cost estimates', 'estimate costs', 'estimate the cost', 'estimating costs', 'labor costs', 'costs', 'management of financial resources', 'financial resources', 'fiscal resources', 'budget', 'budgeting', 'budgets', 'budget preparation', 'fiscal management', 'expenditures', 'fiscal control', 'cost control', 'how money will be spent', 'funding resources', 'funding'],
    specificity: 0.55,
  },
  '2.B.5.c': {
    terms: ['material requirements', 'estimate material', 'materials and labor', 'material resources', 'supplies', 'inventory', 'equipment and supplies', 'materials management', 'procurement', 'purchasing', 'facilities management', 'use of equipment facilities and materials'],
    exclude: ['water supply', 'supply and demand', 'energy supply', 'supply mix', 'supply analyses', 'power supply'],
    specificity: 0.5,
  },
  '2.B.5.d': {
    terms: ['management of personnel resources', 'personnel resources', 'motivate', 'motivating', 'motivate staff', 'motivate employees', 'direct the work of', 'direct staff', 'developing and directing people', 'best people for the job', 'staffing', 'assign work', 'plan organize and direct', 'evaluate the work of', 'plan assign', 'direct the activities'],
    specificity: 0.4,
  },
  // Knowledge
  '2.C.1.a': {
    terms: ['administrative ability', 'managerial', 'managerial ability', 'administrative duties', 'administrative capacity', 'administrative skills', 'management ability', 'management principles', 'principles of management', 'business administration', 'business and management', 'strategic planning', 'resource allocation', 'organization and management', 'management techniques', 'management practices', 'organizational management', 'leadership technique', 'management methods', 'principles and practices of management', 'coordination of people and resources', 'administrative management', 'management skills', 'management experience', 'management concepts', 'management theory', 'program management', 'project management', 'office management', 'top management', 'executive management', 'managing programs', 'manage programs', 'manage a program', 'manage the program', 'organize and manage'],
    exclude: ["manage one's own time", 'manage time', 'manage their time'],
    specificity: 0.45,
  },
  '2.C.1.b': {
    nameIsTerm: false,
    terms: ['accurate records', 'detailed records', 'transcribe', 'dictation', 'administrative tasks', 'administrative activities', 'paperwork', 'information files', 'administrative procedures', 'office procedures', 'administrative practices', 'office methods', 'office practices', 'office management', 'clerical', 'clerical work', 'word processing', 'filing', 'filing systems', 'record keeping', 'recordkeeping', 'records management', 'managing files and records', 'stenography', 'transcription', 'office equipment', 'forms design', 'designing forms', 'keep records', 'maintain records', 'office work', 'workplace terminology', 'business english', 'modern office'],
    specificity: 0.3,
  },
  '2.C.1.c': {
    terms: ['cash handling', 'handle cash', 'cash', 'economics and accounting', 'accounting', 'economics', 'economic principles', 'economic analysis', 'economic theory', 'economic conditions', 'bookkeeping', 'auditing', 'audit', 'audits', 'financial data', 'financial reporting', 'financial statements', 'banking', 'financial markets', 'accounting principles', 'cost accounting', 'financial analysis', 'finance', 'financial management', 'taxation', 'fiscal'],
    specificity: 0.65,
  },
  '2.C.1.d': {
    terms: ['sales and marketing', 'sales', 'marketing', 'selling', 'sales techniques', 'advertising', 'promoting and selling', 'marketing strategy', 'merchandising'],
    specificity: 0.6,
  },
  '2.C.1.e': {
    terms: ['work with the public', 'interact with the public', 'customers', 'comprehend customers', 'customer and personal service', 'customer service', 'customer services', 'personal service', 'customer needs assessment', 'customer satisfaction', 'customer relations', 'public contact', 'serving the public', 'service to the public', 'meeting quality standards for services', 'dealing with the public', 'deal with the public'],
    specificity: 0.3,
  },
  '2.C.1.f': {
    terms: ['personnel and human resources', 'human resources', 'personnel management', 'personnel administration', 'personnel practices', 'personnel policies', 'personnel rules', 'personnel procedures', 'personnel recruitment', 'personnel selection', 'recruitment', 'recruitment and selection', 'labor relations', 'employee relations', 'compensation and benefits', 'classification and pay', 'position classification', 'personnel information systems', 'personnel transactions', 'civil service', 'merit system'],
    specificity: 0.45,
  },
  '2.C.2.a': {
    terms: ['production and processing', 'production processes', 'manufacturing', 'raw materials', 'distribution of goods', 'processing plants', 'production techniques', 'production control'],
    specificity: 0.7,
  },
  '2.C.2.b': {
    terms: ['agriculture', 'agricultural', 'farming', 'crops', 'crop', 'livestock', 'planting', 'harvesting', 'horticulture', 'horticultural', 'cultivating', 'gardening', 'animal husbandry', 'agronomy', 'commodities', 'food products', 'dairy', 'nursery stock'],
    exclude: ['pumping plant', 'generating plant', 'power plant', 'hydroelectric plant', 'treatment plant', 'printing plant', 'pilot plant', 'service plant', 'electrical plant', 'plant equipment', 'plant operations', 'plant operator', 'plant maintenance', 'plant emergency', 'plant electrician', 'plant mechanic', 'plant engineering', 'plant security', 'plant machinery', 'plant instruments'],
    specificity: 0.75,
  },
  '2.C.3.a': {
    terms: ['computers and electronics', 'computer hardware', 'computer systems', 'electronic equipment', 'electronics', 'electronic', 'circuit boards', 'data processing', 'information technology', 'information systems', 'computer science', 'computer equipment', 'networking', 'computer networks', 'software', 'hardware', 'computers', 'computer'],
    specificity: 0.45,
  },
  '2.C.3.b': {
    terms: ['engineering and technology', 'engineering', 'engineering principles', 'engineering practices', 'engineering science', 'engineering methods', 'technology'],
    specificity: 0.7,
  },
  '2.C.3.c': {
    nameIsTerm: false,
    terms: ['design techniques', 'technical plans', 'blueprints', 'blueprint', 'drafting', 'technical drawings', 'drawings', 'plans and specifications', 'architectural design', 'computer aided design', 'computer-aided design', 'precision technical plans', 'design principles'],
    exclude: ['draw conclusions', 'draw valid conclusions', 'draw correct conclusions', 'draw sound conclusions', 'draw logical conclusions', 'draw appropriate conclusions', 'draw reasonable conclusions', 'draw inferences', 'draft opinions', 'draft legal opinions', 'draft proposed', 'draft legislation', 'draft rules', 'draft regulations', 'draft correspondence', 'draft statutes', 'statute drafting', 'draft contracts', 'drafts of pleadings', 'draft litigation', 'drafting and codification', 'draft and analyze'],
    specificity: 0.7,
  },
  '2.C.3.d': {
    terms: ['trades', 'crafts', 'trade practices', 'mortar', 'concrete', 'masonry', 'grout', 'building construction', 'construction', 'building trades', 'carpentry', 'building codes', 'construction methods', 'construction materials', 'building materials', 'highways', 'roads', 'plumbing', 'repair of buildings', 'building maintenance'],
    exclude: ['trade and commerce', 'trade journals', 'trade shows', 'investment and trade', 'international trade', 'trade publications', 'highway patrol', 'federal highway administration', 'highway transportation companies'],
    specificity: 0.7,
  },
  '2.C.3.e': {
    terms: ['electrical', 'heating', 'refrigeration', 'air conditioning', 'hvac', 'boilers', 'ventilation', 'temperature control', 'thermostatic', 'mechanical', 'machines', 'machinery', 'mechanics', 'mechanical equipment', 'hand tools', 'power tools', 'tools and equipment', 'shop tools', 'engines', 'automotive', 'tools of the trade', 'machine shop'],
    specificity: 0.6,
  },
  '2.C.4.a': {
    terms: ['metric system', 'units of measure', 'mathematical', 'math', 'arithmetic', 'algebra', 'geometry', 'trigonometry', 'calculus', 'statistics', 'statistical'],
    exclude: ['safety measures', 'control measures', 'legislative measures', 'mitigation measures', 'therapeutic measures', 'corrective measures', 'disciplinary measures', 'security measures', 'resuscitation measures', 'sanitation measures', 'preventive measures'],
    specificity: 0.5,
  },
  '2.C.4.b': {
    terms: ['meteorology', 'meteorological', 'weather', 'physics', 'physical principles', 'hydraulics', 'electricity', 'thermodynamics', 'optics', 'physical sciences', 'fluid dynamics'],
    specificity: 0.8,
  },
  '2.C.4.c': {
    terms: ['chemistry', 'chemical', 'chemicals', 'chemical properties', 'chemical processes', 'toxicology', 'chemical composition'],
    specificity: 0.8,
  },
  '2.C.4.d': {
    terms: ['biology', 'biological', 'plant and animal', 'organisms', 'botany', 'zoology', 'entomology', 'microbiology', 'pests', 'plant pests', 'plant diseases', 'wildlife', 'ecology', 'insects', 'fish and wildlife', 'animals', 'bacteriology'],
    specificity: 0.8,
  },
  '2.C.4.e': {
    terms: ['psychology', 'psychological', 'human behavior', 'behavioral', 'personality', 'affective disorders', 'behavioral disorders', 'individual differences', 'learning and motivation', 'psychological testing', 'psychological principles', 'behavior'],
    specificity: 0.7,
  },
  '2.C.4.f': {
    terms: ['sociology and anthropology', 'sociology', 'sociological', 'anthropology', 'anthropological', 'group behavior', 'group dynamics', 'societal trends', 'ethnicity', 'social problems', 'social conditions', 'social factors', 'human migrations', 'social aspects', 'social sciences', 'family life', 'socioeconomic'],
    specificity: 0.65,
  },
  '2.C.4.g': {
    terms: ['mapping', 'maps', 'photogrammetry', 'photogrammetric', 'surveying', 'cartography', 'geographic', 'geographical', 'topography', 'land features', 'geographic information systems', 'features of land sea and air', 'land survey', 'land surveys', 'survey instruments', 'survey measurements', 'surveyor', 'surveyors', 'geodetic survey'],
    specificity: 0.75,
  },
  '2.C.5.a': {
    terms: ['imaging', 'diagnostic imaging', 'radiologic', 'radiology', 'x-ray', 'hemodialysis', 'dialysis', 'specimens', 'specimen', 'laboratory tests', 'clinical laboratory', 'infection control', 'universal precautions', 'sterilization', 'surgery', 'surgical', 'pulmonary', 'cardiopulmonary', 'resuscitation', 'pharmaceutical', 'prescriptions', 'pharmacy', 'teeth', 'tooth', 'nursing procedures', 'patient care procedures', 'medicine', 'dentistry', 'dental', 'diagnosis', 'diseases', 'disease', 'injuries', 'symptoms', 'drug properties', 'pharmacology', 'medical terminology', 'anatomy', 'physiology', 'medications', 'medical care', 'medical practice', 'medical treatment', 'medical conditions', 'medical procedures', 'medical aspects', 'nursing', 'clinical', 'diagnose and treat', 'preventive health', 'medical problems', 'medical evidence', 'medical nutrition', 'medical radiographic', 'medical laboratory', 'medical research', 'medical services', 'medical judgment', 'medical policies', 'medical history', 'medical histories', 'medical needs', 'medical attention', 'medical terms', 'medical education', 'emergency medical', 'medical techniques', 'medical issues', 'medical specialties', 'medical epidemiology', 'medical microbiology', 'medical surveillance', 'preventive medical', 'vital signs', 'medical information', 'medical science', 'medical field', 'medical emergencies', 'medical examination', 'medical evaluation', 'medical diagnosis', 'hospital techniques'],
    exclude: ['plant disease', 'plant life diseases', 'pests and diseases', 'insects and disease', 'fish disease', 'fish virus', 'shellfish diseases', 'forest disease', 'turf problems', 'diagnose equipment', 'diagnose malfunctions', 'diagnose automotive', 'diagnose and repair', 'diagnose and correct', 'diagnose and isolate', 'diagnose locate and correct', 'diagnose mechanical', 'diagnose and properly maintain', 'diagnostic devices', 'engine diagnoses', 'diagnose electronic'],
    specificity: 0.75,
  },
  '2.C.5.b': {
    terms: ['therapy', 'therapies', 'therapeutic', 'counseling', 'rehabilitation', 'psychotherapy', 'mental dysfunctions', 'career counseling', 'treatment methods', 'treatment techniques', 'treatment', 'treatment planning', 'treatment programs', 'rehabilitative', 'vocational guidance', 'child guidance', 'career guidance', 'guidance counseling', 'guidance and counseling', 'guidance principles', 'inmate guidance'],
    // Treatment of things rather than of people: water, waste, metals, pests, hair; and treating
    // people fairly.
    exclude: ['legal counsel', 'chief counsel', 'general counsel', 'water treatment', 'wastewater treatment', 'sewage treatment', 'treatment plant', 'corrections and rehabilitation', 'treatment of sewage', 'treating water', 'water collection and treatment', 'treatment of boiler', 'hazardous waste', 'hazardous materials', 'heat treatment', 'heat treating', 'treatment of metals', 'chemical treatments', 'pest control', 'pests', 'infested products', 'cosmetology', 'cosmetic', 'transaction treatments', 'equal treatment', 'treat others', 'treat children fairly'],
    specificity: 0.7,
  },
  '2.C.6': {
    terms: ['education and training', 'training', 'teaching', 'instruction', 'curriculum', 'training programs', 'training methods', 'training techniques', 'educational methods', 'adult education', 'instructional', 'lesson plans', 'in-service training', 'staff development', 'education', 'educational', 'training design', 'measurement of training effects'],
    specificity: 0.45,
  },
  '2.C.7.a': {
    terms: ['english language', 'english', 'grammar', 'spelling', 'punctuation', 'vocabulary', 'correct english', 'english usage', 'sentence structure', 'rules of composition', 'paragraph structure'],
    exclude: ['language other than english', 'non-english'],
    specificity: 0.2,
  },
  '2.C.7.b': {
    terms: ['foreign language', 'language other than english', 'bilingual', 'spanish', 'second language', 'sign language', 'translate', 'translation', 'translating', 'interpreting services', 'non-english', 'languages'],
    specificity: 0.7,
  },
  '2.C.7.c': {
    terms: ['fine arts', 'music', 'dance', 'drama', 'visual arts', 'sculpture', 'arts and crafts', 'art history', 'artistic', 'theater', 'theatre'],
    specificity: 0.8,
  },
  '2.C.7.d': {
    terms: ['history and archeology', 'history', 'historical', 'archeology', 'archaeology', 'archaeological', 'archeological', 'historic preservation', 'historic'],
    exclude: ['work history', 'medical history', 'case history', 'social history', 'credit history', 'employment history', 'criminal history', 'case histories'],
    specificity: 0.8,
  },
  '2.C.7.e': {
    terms: ['philosophy and theology', 'philosophy', 'philosophical', 'theology', 'religion', 'religions', 'religious'],
    exclude: ['treatment philosophy', 'management philosophy'],
    specificity: 0.8,
  },
  '2.C.8.a': {
    terms: ['safely', 'unsafe', 'accident prevention', 'accidents', 'accident', 'safety hazards', 'hazard', 'public safety and security', 'public safety', 'security', 'safety', 'safety practices', 'safety precautions', 'safety procedures', 'safety measures', 'safety rules', 'safety orders', 'occupational safety', 'security operations', 'protection of people', 'hazards', 'hazardous', 'firearms', 'custody', 'security procedures', 'safe work practices', 'safety and health'],
    exclude: ['social security', 'security deposit', 'income security', 'economic security', 'unemployment insurance'],
    specificity: 0.5,
  },
  '2.C.8.b': {
    terms: ['expert witness', 'testify', 'testimony', 'hearings', 'administrative hearings', 'conduct hearings', 'law', 'laws', 'legal', 'legislation', 'statutes', 'statutory', 'court procedures', 'courts', 'court', 'legal codes', 'legal principles', 'legal research', 'court decisions', 'administrative law', 'government regulations', 'executive orders', 'agency rules', 'political process', 'government', 'governmental', 'codes', 'legal terminology', 'precedents', 'constitution', 'judicial'],
    exclude: ['hard of hearing', 'hearing impairment', 'hearing loss', 'hearing disorders', 'physiology of hearing', 'directional hearing'],
    specificity: 0.45,
  },
  '2.C.9.a': {
    terms: ['telecommunications', 'telecommunication', 'radio communications', 'telephone systems', 'broadcasting', 'radio', 'communications equipment', 'communications systems'],
    specificity: 0.8,
  },
  '2.C.9.b': {
    terms: ['sound recording', 'audio', 'photography', 'video', 'recording equipment', 'communications and media', 'media', 'media relations', 'public information', 'publications', 'journalism', 'public relations', 'press releases', 'news media', 'audiovisual', 'media production', 'dissemination techniques', 'publicity', 'editing', 'edit', 'information campaigns'],
    specificity: 0.55,
  },
  '2.C.10': {
    terms: ['transportation', 'transport', 'traffic', 'freight', 'shipping', 'aviation', 'railroad', 'moving people or goods', 'vehicle code', 'motor carrier', 'transit', 'motor vehicles', 'vehicle registration', 'vessels'],
    specificity: 0.7,
  },
};

interface RungsCompetency extends Curation {
  slug: string;
  name: string;
  domain: CompetencyDomain;
  description: string;
}

/** Competencies public-sector specs ask for that O*NET names no element for. */
// prettier-ignore
const RUNGS: RungsCompetency[] = [
  {
    slug: 'case-management',
    name: 'Case management',
    domain: 'practice',
    specificity: 0.8,
    description:
      "Assessing a client's needs, planning and coordinating services across providers, linking clients to resources and following their progress.",
    terms: ['case management', 'care coordination', 'coordination of services', 'coordinate services', 'coordinating services', 'service coordination', 'service plans', 'service plan', 'service planning', 'individual service plans', 'care plan', 'care plans', 'identification of needs', 'identify needs', 'assess needs', 'assessing needs', 'client needs', 'needs of clients', 'linking clients', 'case coordination', 'discharge planning', 'referral', 'referrals', 'referral techniques', 'refer clients', 'caseload', 'case load', 'case management services', 'case manager'],
  },
  {
    slug: 'interviewing',
    name: 'Interviewing',
    domain: 'skill',
    specificity: 0.65,
    description:
      'Conducting interviews with clients, families and others to obtain, verify and record information and to assess needs.',
    terms: ['interviewing', 'interview', 'interviews', 'interview techniques', 'interviewing techniques', 'conducting interviews', 'conduct interviews', 'fact-finding interviews', 'elicit information', 'obtain information from people', 'questioning techniques'],
  },
  {
    slug: 'community-resources',
    name: 'Community resources and services',
    domain: 'knowledge',
    specificity: 0.7,
    description:
      'Knowledge of the agencies, organizations, programs and services available in the community, and of how to reach them on behalf of clients.',
    terms: ['community resources', 'community agencies', 'community agency', 'community organizations', 'community services', 'community conditions', 'resources available in the community', 'services available in the community', 'available in the community', 'social service agencies', 'social agencies', 'community-based', 'community programs', 'available resources', 'referral resources', 'community support services', 'human services available', 'resources in the community', 'welfare agencies', 'health welfare and community agencies'],
  },
  {
    slug: 'program-planning-evaluation',
    name: 'Program planning and evaluation',
    domain: 'practice',
    specificity: 0.6,
    description:
      'Planning, designing, developing and evaluating public programs and services against their objectives.',
    terms: ['program planning', 'program development', 'program design', 'program evaluation', 'evaluate programs', 'evaluating programs', 'program analysis', 'analyze programs', 'program monitoring', 'program effectiveness', 'develop programs', 'developing programs', 'program priorities', 'program goals', 'program planning and development', 'program administration', 'program management', 'service delivery system', 'program operations', 'evaluation of services'],
    exclude: ['computer program', 'computer programs', 'programming'],
  },
  {
    slug: 'social-work-practice',
    name: 'Social work practice',
    domain: 'practice',
    specificity: 0.8,
    description: 'Principles, methods, values and practices of professional social work.',
    terms: ['social work', 'social work practice', 'social work principles', 'social work methods', 'social work practices', 'social work theory', 'social welfare', 'social worker', 'social workers', 'social work services', 'professional social work', 'social services', 'social service'],
  },
  {
    slug: 'casework',
    name: 'Casework',
    domain: 'practice',
    specificity: 0.8,
    description:
      'Social casework: working with individuals and families case by case to assess their situation and help them resolve problems.',
    terms: ['case work', 'casework', 'social casework', 'casework methods', 'case work activities', 'case work services', 'casework services', 'case worker', 'caseworker'],
  },
  {
    slug: 'counseling',
    name: 'Counseling and therapeutic intervention',
    domain: 'practice',
    specificity: 0.75,
    description:
      'Counseling individuals, groups and families and carrying out therapeutic interventions.',
    terms: ['counseling', 'counsel', 'counseling techniques', 'counseling methods', 'therapeutic interventions', 'therapeutic intervention', 'psychotherapy', 'group counseling', 'individual counseling', 'family counseling', 'family therapy', 'group therapy', 'individual therapy', 'treatment interventions', 'therapeutic relationship', 'psychosocial treatment', 'counseling sessions', 'counselor', 'psychological treatment', 'clinical treatment'],
    exclude: ['legal counsel', 'chief counsel', 'general counsel', 'agency counsel'],
  },
  {
    slug: 'crisis-intervention',
    name: 'Crisis intervention',
    domain: 'practice',
    specificity: 0.8,
    description:
      'Recognizing and responding to personal, psychiatric and family crises to stabilize the situation and secure safety.',
    terms: ['crisis intervention', 'crises intervention', 'crisis', 'crises', 'crisis situations', 'crisis counseling', 'emergency intervention', 'crisis stabilization', 'stabilize clients', 'de-escalation', 'de-escalate', 'suicide prevention', 'suicide'],
  },
  {
    slug: 'eligibility-determination',
    name: 'Eligibility determination',
    domain: 'practice',
    specificity: 0.75,
    description:
      'Determining whether applicants qualify for programs, services and benefits under their rules.',
    terms: ['eligibility', 'eligibility determination', 'eligibility determinations', 'determine eligibility', 'determining eligibility', 'eligibility requirements', 'eligibility rules', 'benefit determination', 'determination of eligibility', 'eligible', 'entitlement'],
  },
  {
    slug: 'client-advocacy',
    name: 'Client advocacy',
    domain: 'practice',
    specificity: 0.7,
    description:
      'Speaking and acting for clients to secure their rights and the services they need.',
    terms: ['advocacy', 'advocate', 'advocates', 'advocating', 'advocate for clients', 'client rights', "clients' rights", "patients' rights", 'rights of clients', 'rights of patients', 'ombudsman', 'serve as an advocate'],
  },
  {
    slug: 'case-records-documentation',
    name: 'Case records and documentation',
    domain: 'practice',
    specificity: 0.6,
    description:
      'Keeping accurate case records, notes and documentation of services, assessments and progress.',
    terms: ['emr', 'electronic medical records', 'electronic health records', 'health records', 'case records', 'case record', 'case notes', 'case files', 'case file', 'case management notes', 'case documentation', 'progress notes', 'client records', 'patient records', 'clinical records', 'medical records', 'clinical documentation', 'documentation', 'charting', 'case histories', 'case history', 'social histories', 'summarizing material for case records'],
  },
  {
    slug: 'cultural-competence',
    name: 'Cultural competence',
    domain: 'practice',
    specificity: 0.55,
    description:
      'Working effectively with people of different cultures, languages and backgrounds, and overcoming barriers to service.',
    terms: ['cultural competence', 'cultural diversity', 'cultural', 'culturally', 'cultures', 'cultural sensitivity', 'cross-cultural', 'cross cultural', 'multicultural', 'diversity', 'diverse populations', 'diverse backgrounds', 'different backgrounds', 'cultural differences', 'ethnic groups', 'across cultures', 'cultural mores', 'cultural barriers', 'different social cultural or economic backgrounds', 'ethnic', 'culturally diverse'],
  },
  {
    slug: 'computer-applications',
    name: 'Computer applications',
    domain: 'skill',
    specificity: 0.3,
    description:
      'Using computers and office software: word processing, spreadsheets, databases, e-mail, the Internet and agency systems.',
    terms: ['computer applications', 'computer application', 'spreadsheets', 'spreadsheet', 'word processing', 'database software', 'databases', 'database', 'email', 'e-mail', 'office software', 'microsoft office', 'office suite', 'computer programs', 'computer software', 'personal computer', 'personal computers', 'use a computer', 'using a computer', 'use computers', 'software applications', 'internet', 'data entry', 'automated systems', 'computerized', 'enterprise systems'],
  },
  {
    slug: 'laws-regulations-compliance',
    name: 'Laws, regulations and compliance',
    domain: 'knowledge',
    specificity: 0.35,
    description:
      'Knowing and applying the laws, rules, regulations, policies and procedures that govern a program, and securing compliance with them.',
    terms: ['laws and regulations', 'rules and regulations', 'regulations', 'regulation', 'statutes', 'policies and procedures', 'comply', 'compliance', 'regulatory', 'program rules', 'legal requirements', 'codes and regulations', 'laws rules and regulations', 'rules regulations policies and procedures', 'enforce', 'enforcement', 'interpret and apply', 'apply laws', 'laws'],
  },
  {
    slug: 'supervision',
    name: 'Supervision of staff',
    domain: 'practice',
    specificity: 0.4,
    description:
      'Planning, assigning, directing, reviewing and evaluating the work of subordinate staff.',
    terms: ['maintain discipline', 'supervision', 'supervise', 'supervising', 'supervisory', 'supervisor', 'principles of supervision', 'effective supervision', 'staff supervision', 'employee supervision', 'subordinate staff', 'subordinates', 'oversee staff', 'lead worker', 'leadperson', 'lead capacity', 'lead responsibility', 'train and supervise', 'direct the work of', 'plan organize and direct the work', 'evaluate staff', 'work of others', 'progressive discipline', 'employee discipline', 'disciplinary action', 'disciplinary guidelines', 'disciplinary techniques', 'disciplinary options', 'disciplinary process', 'discipline of employees', 'administrative discipline', 'performance discipline', 'firm discipline', 'consistent discipline'],
    exclude: ['under supervision', 'under general supervision', 'under close supervision', 'under direct supervision', 'under immediate supervision', 'little or no supervision', 'minimal supervision', 'without supervision', 'without close supervision', 'without direct supervision', 'without immediate supervision', 'with little supervision', 'limited supervision', 'supervision of youthful offenders', 'supervision and rehabilitation', 'supervision and adjustment'],
  },
  {
    slug: 'public-health-programs',
    name: 'Public health and health care programs',
    domain: 'knowledge',
    specificity: 0.7,
    description:
      'Public health and health care programs, agencies and benefits: their structure, services and administration.',
    terms: ['sanitation', 'food sanitation', 'sanitary', 'public health', 'public healthcare', 'public health care', 'health care programs', 'health programs', 'community health', 'medicaid', 'medicare', 'medi-cal', 'health services', 'health insurance', 'public health agency', 'healthcare programs', 'health and welfare', 'health care', 'health care delivery', 'health care system', 'community medical and mental health programs', 'environmental health', 'epidemiology', 'communicable disease'],
  },
  {
    slug: 'mental-health',
    name: 'Mental health',
    domain: 'knowledge',
    specificity: 0.75,
    description:
      'Mental illness and mental health services: disorders, their treatment and the mental health system.',
    terms: ['mental health', 'mental illness', 'mentally ill', 'psychiatric', 'mental disorders', 'mental disabilities', 'mentally disabled', 'seriously mentally ill', 'behavioral health', 'psychiatric disorders', 'emotional disorders', 'emotionally disturbed', 'mental health programs', 'mental health system', 'psychopathology', 'abnormal psychology'],
  },
  {
    slug: 'human-behavior-illness',
    name: 'Human behavior and the psychosocial aspects of illness',
    domain: 'knowledge',
    specificity: 0.75,
    description:
      'How people and families behave and cope, and the social, psychological and emotional effects of illness and disability.',
    terms: ['human behavior', 'psychological aspects of illness', 'sociological aspects of illness', 'psychosocial', 'social and emotional needs', 'emotional factors', 'emotional needs', 'effects of illness', 'aspects of illness', 'psychology of illness', 'family dynamics', 'relationship to family life', 'psychosocial assessment', 'psychosocial assessments', 'human growth and development', 'human development', 'social and emotional', 'attitudes and behavior', 'affect individuals families'],
  },
  {
    slug: 'volunteer-management',
    name: 'Volunteer management',
    domain: 'practice',
    specificity: 0.75,
    description: 'Recruiting, selecting, placing, training, supporting and supervising volunteers.',
    terms: ['volunteers', 'volunteer', 'volunteer functions', 'volunteer recruitment', 'volunteer staff', 'volunteer programs', 'volunteer program', 'volunteer coordination', 'volunteer services'],
  },
  {
    slug: 'trauma-victimization',
    name: 'Trauma and victimization',
    domain: 'knowledge',
    specificity: 0.8,
    description:
      'The dynamics of trauma and victimization and the services for victims of crime, abuse, neglect and violence.',
    terms: ['trauma', 'traumatized', 'traumatic', 'victimization', 'victims', 'victim', 'victim services', 'victim-witness', 'victim witness', 'domestic violence', 'sexual abuse', 'sexual assault', 'crime victims', 'abuse and neglect', 'child abuse', 'elder abuse', 'physical assault', 'family violence', 'dynamics of trauma', 'neglect', 'endangerment'],
  },
  {
    slug: 'policy-development',
    name: 'Policy development',
    domain: 'practice',
    specificity: 0.6,
    description: 'Analysing, formulating and recommending policies, standards and procedures.',
    terms: ['policy development', 'develop policies', 'developing policies', 'develop policy', 'formulate policies', 'formulating policies', 'formulation of policies', 'policy analysis', 'social policy', 'policy formulation', 'public policy', 'policy recommendations', 'policy changes', 'policy determinations', 'method and policy determinations', 'policy issues', 'policy decisions', 'agency policy', 'development of agency policy', 'establish policies', 'policies standards and procedures'],
  },
  {
    slug: 'working-relationships',
    name: 'Working relationships',
    domain: 'ability',
    specificity: 0.1,
    description:
      'Establishing and maintaining effective, cooperative working relationships with co-workers, clients, agencies and the public.',
    terms: ['work with the public', 'interact with the public', 'get along with people', 'work effectively with staff', 'work effectively with students', 'deal effectively with staff', 'deal effectively with faculty', 'interact effectively', 'work collaboratively', 'collaboratively', 'strategic relations', 'work cooperatively with', 'working relationships', 'working relations', 'working relationship', 'cooperative relations', 'cooperative relationships', 'effective relationships', 'positive relationships', 'helpful relationships', 'collaborative relationships', 'successful relationship', 'interpersonal relationships', 'human relations', 'interpersonal skills', 'interpersonal', 'rapport', 'establish relationships', 'maintain relationships', 'develop relationships', 'cooperation of persons contacted', 'cooperation of those contacted', 'persons contacted', 'work effectively with people', 'work effectively with others', 'deal effectively with people', 'deal effectively with others', 'deal tactfully', 'get along with others', 'client-worker relationships', 'empathetic relationships'],
  },
  {
    slug: 'following-instructions',
    name: 'Following instructions',
    domain: 'ability',
    specificity: 0.05,
    description:
      'Understanding and carrying out oral and written instructions and established procedures.',
    terms: ['verbal instructions', 'written and verbal instructions', 'follow complex technical instructions', 'follow technical instructions', 'follow directions', 'follow instructions', 'follow oral and written instructions', 'follow written and oral instructions', 'follow oral and written directions', 'follow written and oral directions', 'carry out instructions', 'carry out directions', 'understand and follow', 'follow procedures', 'following directions', 'following instructions', 'follow established procedures', 'oral and written directions', 'oral and written instructions', 'written and oral instructions', 'written and oral directions'],
  },
  {
    slug: 'report-writing',
    name: 'Report writing',
    domain: 'skill',
    specificity: 0.3,
    description: 'Preparing clear, accurate and complete reports, records and correspondence.',
    terms: ['report writing', 'prepare reports', 'preparing reports', 'preparation of reports', 'report preparation', 'write reports', 'writing reports', 'written reports', 'technical reports', 'prepare clear concise reports', 'prepare clear and accurate reports', 'comprehensive reports', 'statistical reports', 'prepare correspondence', 'prepare written reports', 'make reports', 'narrative reports', 'concise reports', 'reports and correspondence'],
  },
  {
    slug: 'equal-employment-opportunity',
    name: 'Equal employment opportunity',
    domain: 'knowledge',
    specificity: 0.05,
    description:
      "A supervisor's or manager's role in equal employment opportunity and affirmative action, and keeping a workplace free of discrimination and harassment.",
    terms: ['equal employment opportunity', 'affirmative action', 'equal opportunity', 'eeo', 'discrimination and harassment', 'free of discrimination', 'nondiscrimination', 'affirmative action objectives', 'equal opportunity objectives'],
  },
  {
    slug: 'public-administration',
    name: 'Public administration',
    domain: 'knowledge',
    specificity: 0.45,
    description:
      'The organization, functions and administration of government agencies and public programs.',
    terms: ['organization and activities', 'public administration', 'government organization', 'state government', 'governmental agencies', 'government agencies', 'organization and functions', 'functions of state government', 'government operations', 'public agency administration', 'agency administration', 'governmental organization', 'public agencies', 'administration and structure', 'organization and structure', 'departmental policies'],
  },
  {
    slug: 'legislative-process',
    name: 'Legislative process',
    domain: 'knowledge',
    specificity: 0.6,
    description:
      'How legislation is made, analysed and followed; working with legislators and their staff.',
    terms: ['legislative process', 'legislative', 'legislation', 'bill analysis', 'bills', 'legislature', 'legislators', 'lobbying', 'legislative analysis'],
  },
  {
    slug: 'research-methods',
    name: 'Research and statistical methods',
    domain: 'knowledge',
    specificity: 0.55,
    description:
      'Designing and carrying out research: data collection, survey, statistical and analytical methods.',
    terms: ['research methods', 'research techniques', 'research methodology', 'statistical methods', 'statistical analysis', 'statistical techniques', 'data collection', 'survey methods', 'conduct research', 'research design', 'surveys', 'studies and surveys', 'research', 'data analysis', 'analyze data', 'evaluation research', 'social research', 'quantitative methods'],
    exclude: ['land survey', 'land surveys', 'boundary survey', 'boundary surveys', 'field surveys of land', 'geodetic survey', 'survey instruments', 'survey measurements', 'survey calculations', 'survey crew', 'survey party', 'survey field notes', 'geological survey', 'energy use surveys', 'right of way', 'aerial survey', 'serial survey', 'control surveys', 'quantity surveys', 'field survey work', 'construction surveys', 'survey cruise', 'survey of fires', 'survey equipment needs', 'surveys of clinical', 'surveys of cytology laboratories', 'security and safety surveys', 'land title research', 'boundary determination'],
  },
  {
    slug: 'emergency-response',
    name: 'Emergency response',
    domain: 'practice',
    specificity: 0.45,
    description:
      'Acting quickly and correctly in emergencies: first aid, emergency procedures, disasters.',
    terms: ['emergencies', 'emergency', 'emergency situations', 'emergency procedures', 'emergency response', 'first aid', 'cpr', 'disaster', 'disasters', 'act quickly', 'emergency services'],
  },
  {
    slug: 'investigation',
    name: 'Investigation',
    domain: 'practice',
    specificity: 0.6,
    description:
      'Conducting investigations: gathering facts and evidence, interviewing witnesses and documenting findings.',
    terms: ['investigation', 'investigations', 'investigate', 'investigative', 'investigative techniques', 'investigation techniques', 'fact finding', 'fact-finding', 'gather evidence', 'conduct investigations', 'investigative methods', 'investigator', 'gather evidence', 'collect evidence', 'rules of evidence'],
  },
  {
    slug: 'substance-use',
    name: 'Substance use disorders',
    domain: 'knowledge',
    specificity: 0.8,
    description: 'Alcohol and drug abuse, addiction and their treatment.',
    terms: ['substance abuse', 'substance use', 'alcoholism', 'drug abuse', 'alcohol abuse', 'chemical dependency', 'addiction', 'alcohol and drug', 'alcohol and other drug', 'drug and alcohol', 'narcotics'],
  },
  {
    slug: 'developmental-disabilities',
    name: 'Developmental disabilities',
    domain: 'knowledge',
    specificity: 0.8,
    description:
      'Developmental and intellectual disabilities and the services for people who have them.',
    terms: ['developmental disabilities', 'developmentally disabled', 'developmental disability', 'intellectual disabilities', 'intellectual disability', 'mental retardation', 'mentally retarded', 'developmental services'],
  },
  {
    slug: 'aging-disability',
    name: 'Aging and disability services',
    domain: 'knowledge',
    specificity: 0.75,
    description:
      'The needs of older adults and people with disabilities, and the services for them.',
    terms: ['aging', 'older adults', 'elderly', 'seniors', 'senior citizens', 'disability services', 'persons with disabilities', 'people with disabilities', 'disabled persons', 'gerontology', 'geriatric', 'aging and disability', 'physically disabled', 'disabilities', 'disability', 'disabled'],
    exclude: ['developmental disabilities', 'developmentally disabled', 'developmental disability'],
  },
  {
    slug: 'child-family-welfare',
    name: 'Child and family welfare',
    domain: 'knowledge',
    specificity: 0.8,
    description: 'Child welfare, foster care, adoption and services to children and families.',
    terms: ['child welfare', 'children and families', 'foster care', 'adoption', 'adoptions', 'child protective', 'child protection', 'family services', 'child development', 'youth services', 'children', 'juvenile', 'juveniles', 'foster homes', 'child care'],
  },
  {
    slug: 'corrections',
    name: 'Correctional practice',
    domain: 'knowledge',
    specificity: 0.75,
    description:
      'Custody, supervision and rehabilitation of offenders; the criminal justice system.',
    terms: ['correctional', 'corrections', 'inmates', 'inmate', 'offenders', 'offender', 'parole', 'parolees', 'probation', 'criminal justice', 'youthful offenders', 'wards', 'institution security', 'criminal justice system', 'prisoners', 'correctional facility', 'penal', 'criminology', 'youth authority', 'delinquency', 'correctional administration'],
  },
  {
    slug: 'project-management',
    name: 'Project management',
    domain: 'practice',
    specificity: 0.5,
    description:
      'Planning, scheduling, monitoring and completing projects against milestones and budgets.',
    terms: ['manage projects', 'managing projects', 'project planning', 'project priorities', 'project milestones', 'project administration', 'project schedules', 'projects', 'project', 'project coordination'],
    exclude: ['map projections', 'population projection', 'cash flow projections', 'budget projections', 'sales projections', 'projection models', 'make projections', 'projection of data', 'projection equipment', 'computer projections', 'projection methods', 'projected future'],
  },
  {
    slug: 'contract-grant-management',
    name: 'Contract and grant management',
    domain: 'practice',
    specificity: 0.55,
    description: 'Preparing, negotiating, administering and monitoring contracts and grants.',
    terms: ['contracts', 'contract', 'contract administration', 'contract management', 'contract negotiation', 'grants', 'grant', 'grant management', 'grants management', 'contractors and grantees', 'grantees', 'contractors', 'request for proposals', 'service contracts'],
  },
  {
    slug: 'group-work',
    name: 'Group work and facilitation',
    domain: 'practice',
    specificity: 0.6,
    description: 'Leading and facilitating groups, meetings and group sessions.',
    terms: ['group work', 'group process', 'group processes', 'facilitate groups', 'group facilitation', 'group sessions', 'facilitate meetings', 'conduct meetings', 'lead meetings', 'group activities'],
  },
  {
    slug: 'environmental-protection',
    name: 'Environmental protection',
    domain: 'knowledge',
    specificity: 0.75,
    description: 'Environmental quality, pollution control and hazardous materials regulation.',
    terms: ['water treatment', 'sewage', 'wastewater', 'sewage treatment', 'solid waste', 'recycling', 'environmental', 'pollution', 'air pollution', 'water pollution', 'hazardous materials', 'hazardous waste', 'air quality', 'water quality', 'environmental laws', 'toxic substances', 'waste management', 'pollutants'],
    exclude: ['work environment', 'team environment', 'automated environment', 'computerized environment', 'paced environment', 'changing environment', 'changing technological environment', 'stress environment', 'stressful environment', 'dynamic environment', 'routine environment', 'informal environment', 'line environment', 'university environment', 'school environment', 'institutional environment', 'political environment', 'investment environment', 'living environment', 'therapeutic environment'],
  },
  {
    slug: 'real-property',
    name: 'Real property',
    domain: 'knowledge',
    specificity: 0.8,
    description: 'Real estate and real property: appraisal, acquisition, leasing and management.',
    terms: ['real property', 'real estate', 'appraisal', 'appraisals', 'property management', 'land acquisition', 'leasing', 'leases', 'right of way', 'property values', 'escrow'],
  },
  {
    slug: 'fire-protection',
    name: 'Fire protection',
    domain: 'knowledge',
    specificity: 0.8,
    description: 'Fire prevention, suppression and fire-fighting methods.',
    terms: ['fire protection', 'fire prevention', 'fire suppression', 'fire fighting', 'firefighting', 'fire behavior', 'wildland fire', 'fire control', 'fires', 'fire'],
  },
  {
    slug: 'law-enforcement',
    name: 'Law enforcement',
    domain: 'practice',
    specificity: 0.7,
    description:
      'Police and peace-officer work: enforcement, patrol, arrest and criminal investigation procedures.',
    terms: ['law enforcement', 'peace officer', 'peace officers', 'police', 'arrest', 'arrests', 'criminal investigation', 'patrol', 'criminal law', 'search and seizure', 'rules of evidence', 'apprehension'],
  },
  {
    slug: 'insurance-benefits',
    name: 'Insurance and benefit programs',
    domain: 'knowledge',
    specificity: 0.75,
    description:
      "Social insurance and benefit programs: unemployment, disability, workers' compensation and retirement.",
    terms: ['unemployment insurance', 'workers compensation', "workers' compensation", 'disability insurance', 'insurance', 'benefits programs', 'benefit programs', 'retirement', 'pension', 'social security', 'public assistance', 'welfare programs', 'income maintenance', 'food stamps', 'cash assistance'],
  },
  {
    slug: 'interagency-collaboration',
    name: 'Interagency collaboration',
    domain: 'practice',
    specificity: 0.5,
    description:
      'Building working agreements and cooperative arrangements with other agencies, providers and organizations.',
    terms: ['interagency', 'inter-agency', 'working agreements', 'cooperative agreements', 'collaboration among agencies', 'liaison', 'outside agencies', 'partnerships', 'coordinate with other agencies', 'agencies and organizations', 'interdisciplinary', 'multidisciplinary'],
  },
  {
    slug: 'vocational-rehabilitation',
    name: 'Vocational rehabilitation and employment services',
    domain: 'knowledge',
    specificity: 0.75,
    description: 'Vocational rehabilitation, job placement and employment and training services.',
    terms: ['vocational rehabilitation', 'vocational', 'job placement', 'employment services', 'job development', 'employment and training', 'workforce development', 'career development', 'job training'],
  },
  {
    slug: 'patient-care',
    name: 'Patient care',
    domain: 'practice',
    specificity: 0.75,
    description:
      'Direct care of patients: nursing, personal care and observing and reporting their condition.',
    terms: ['patient care', 'nursing care', 'care of patients', 'bedside', 'personal care', 'direct care', 'residents care', 'nursing procedures', 'vital signs'],
  },
  {
    slug: 'confidentiality-ethics',
    name: 'Confidentiality and professional ethics',
    domain: 'knowledge',
    specificity: 0.45,
    description:
      'Confidentiality and privacy rules (HIPAA) and the ethics of professional practice.',
    terms: ['confidentiality', 'confidential', 'privacy', 'hipaa', 'professional ethics', 'ethical standards', 'code of ethics', 'confidentiality-privacy', 'sensitive information', 'sensitive personal information'],
  },
  {
    slug: 'community-organizing',
    name: 'Community organization and outreach',
    domain: 'practice',
    specificity: 0.65,
    description:
      'Organizing communities, conducting outreach and involving residents and representatives in planning services.',
    terms: ['community organization', 'community organizing', 'outreach', 'community outreach', 'community relations', 'community planning', 'community involvement', 'community representatives', 'community residents', 'community response', 'community participation', 'community development', 'community education'],
  },
  {
    slug: 'consultation',
    name: 'Consultation and technical assistance',
    domain: 'practice',
    specificity: 0.45,
    description:
      'Advising other professionals, agencies and the public and giving them technical assistance.',
    terms: ['consultation', 'consultative', 'consult', 'consulting', 'consultant', 'technical assistance', 'advise', 'advising', 'advisory', 'consultation techniques', 'consult and advise', 'give advice', 'provide advice'],
  },
  {
    slug: 'food-service-nutrition',
    name: 'Food service and nutrition',
    domain: 'knowledge',
    specificity: 0.75,
    description: 'Nutrition and dietetics, and planning, preparing and serving food in quantity.',
    terms: ['nutrition', 'nutritional', 'dietetics', 'diet', 'diets', 'dietary', 'food service', 'food services', 'food preparation', 'cooking', 'menus', 'menu planning', 'food quality', 'food handling', 'meals', 'recipes', 'bakery', 'serving food', 'preparing food', 'quantity food', 'food'],
  },
  {
    slug: 'custodial-services',
    name: 'Custodial, laundry and housekeeping services',
    domain: 'practice',
    specificity: 0.7,
    description: 'Cleaning, housekeeping, laundry and building custodial work and its materials.',
    terms: ['laundry', 'housekeeping', 'custodial', 'cleaning', 'janitorial', 'cleaning compounds', 'bleaches', 'soaps', 'disinfectant', 'disinfectants', 'linen', 'floor care'],
  },
  {
    slug: 'urban-planning',
    name: 'Land use and urban planning',
    domain: 'knowledge',
    specificity: 0.8,
    description: 'City, regional and State planning: land use, zoning and general plans.',
    terms: ['city planning', 'regional planning', 'land use', 'zoning', 'urban planning', 'general plans', 'city regional and state planning', 'land use planning', 'urban development', 'planning principles'],
  },
  {
    slug: 'keyboarding',
    name: 'Keyboarding and data entry',
    domain: 'skill',
    specificity: 0.3,
    description: 'Typing and entering data accurately at speed.',
    terms: ['type rapidly', 'type accurately', 'typing speed', 'typing', 'typewriter', 'keyboard', 'keyboarding', 'key entry', 'key data', 'key punch', 'keypunch', 'words per minute', 'data entry', 'data entries'],
  },
  {
    slug: 'medical-imaging',
    name: 'Medical imaging',
    domain: 'practice',
    specificity: 0.9,
    description:
      'Producing diagnostic images: radiography, magnetic resonance, computed tomography, mammography, nuclear medicine and ultrasound, and their equipment.',
    terms: ['medical imaging', 'diagnostic imaging', 'diagnostic images', 'breast imaging', 'mri', 'magnetic resonance', 'radiography', 'radiographic', 'radiologic', 'radiology', 'x-ray', 'x-rays', 'mammography', 'mammographic', 'nuclear medicine', 'computed tomography', 'ct scanning', 'sonography', 'sonographic', 'ultrasound', 'fluoroscopy'],
    exclude: ['radiologic health', 'radiological health', 'radiological instrumentation', 'radiochemistry', 'radiographic testing', 'nondestructive testing', 'non-destructive testing', 'magnetic particle', 'ultrasonic testing', 'x-ray diffraction', 'x-ray fluorescence', 'x-ray crystallography', 'baggage', 'luggage'],
  },
  {
    slug: 'printing',
    name: 'Printing and duplicating',
    domain: 'practice',
    specificity: 0.9,
    description:
      'Running and keeping printing and duplicating equipment: offset and letterpress presses, pre-press work, plates, inks, paper stocks and bindery.',
    terms: ['printing plant', 'printing industry', 'printing equipment', 'printing presses', 'printing press', 'printing units', 'printing trade', 'printing processes', 'offset printing', 'offset press', 'offset presses', 'letterpress', 'pre-press', 'prepress', 'platemaking', 'plate-maker', 'bindery work', 'bindery equipment', 'bindery operations', 'bind books', 'ink mixing', 'ink colors', 'paper stock', 'paper stocks', 'duplicating equipment', 'duplicating machines', 'duplicating shop', 'duplication equipment', 'print shop', 'print duplication', 'typesetting', 'lithography', 'webfed', 'sheetfed'],
  },
  {
    slug: 'metalworking',
    name: 'Welding, machining and metal fabrication',
    domain: 'practice',
    specificity: 0.9,
    description:
      'Working metal: welding, brazing and cutting, sheet metal layout and fabrication, and machining on lathes and milling machines.',
    terms: ['welding', 'weld', 'welded', 'welders', 'brazing', 'torch cutting', 'oxyacetylene', 'acetylene', 'sheet metal', 'sheet metals', 'metal fabrication', 'fabricating metal', 'ferrous metals'],
  },
  {
    slug: 'woodworking',
    name: 'Carpentry and woodworking',
    domain: 'practice',
    specificity: 0.9,
    description:
      'Building with wood: carpentry, mill and cabinet work, lumber and moldings, and woodworking machinery.',
    terms: ['carpentry', 'woodworking', 'woodworking machinery', 'cabinet work', 'cabinetmaking', 'mill and cabinet', 'millwork', 'proper lumber', 'lumber types', 'wood moldings', 'finish carpentry', 'rough carpentry'],
  },
];

const ONET_DOMAIN: Record<string, CompetencyDomain> = {
  knowledge: 'knowledge',
  'basic-skill': 'skill',
  'cross-functional-skill': 'skill',
  ability: 'ability',
  'work-style': 'work-style',
};

function isLeaf(id: string, all: OnetElement[]): boolean {
  return !all.some((e) => e.id.startsWith(`${id}.`));
}

function inScope(id: string): boolean {
  return /^(?:2\.C|2\.A|2\.B|1\.A|1\.C)\./.test(id);
}

function groupOf(id: string, byId: Map<string, OnetElement>): string | null {
  const parent = id.split('.').slice(0, -1).join('.');
  return byId.get(parent)?.name ?? null;
}

function checkTerms(id: string, terms: string[], exclude: string[]): void {
  for (const t of terms) {
    const tokens = tokenizeKsaText(t);
    if (tokens.length === 0)
      console.warn(`${id}: term "${t}" has no content words and is dropped.`);
    else if (tokens.length === 1 && /\s/.test(t.trim()))
      console.warn(`${id}: term "${t}" reduces to the one word "${tokens[0]}".`);
  }
  const own = new Set(terms.flatMap((t) => tokenizeKsaText(t)));
  for (const x of exclude) {
    const tokens = tokenizeKsaText(x);
    if (tokens.length === 1 && own.has(tokens[0] ?? ''))
      console.warn(
        `${id}: exclusion "${x}" is one of its own words and rules it out wherever it matches.`,
      );
  }
}

function build(): CompetencyVocabulary {
  const model = JSON.parse(readFileSync(ONET_FILE, 'utf8')) as {
    source: string;
    license: string;
    elements: OnetElement[];
  };
  const byId = new Map(model.elements.map((e) => [e.id, e]));
  const leaves = model.elements.filter(
    (e) => inScope(e.id) && e.domain !== null && isLeaf(e.id, model.elements),
  );
  const competencies: Competency[] = [];
  const missing: string[] = [];
  for (const e of leaves) {
    const curation = ONET[e.id];
    if (curation === undefined) missing.push(`${e.id} ${e.name}`);
    const domain = ONET_DOMAIN[e.domain ?? ''];
    if (domain === undefined)
      throw new Error(`build-competencies: unknown O*NET domain "${e.domain}" on ${e.id}.`);
    const named = curation?.nameIsTerm === false ? [] : [e.name.toLowerCase()];
    const terms = [...new Set([...named, ...(curation?.terms ?? [])])];
    checkTerms(e.id, terms, curation?.exclude ?? []);
    competencies.push({
      id: e.id,
      name: e.name,
      domain,
      source: 'onet',
      group: groupOf(e.id, byId),
      description: e.description,
      terms: terms.filter((t) => tokenizeKsaText(t).length > 0),
      exclude: curation?.exclude ?? [],
      inContext: curation?.inContext,
      specificity: curation?.specificity ?? 0.5,
    });
  }
  for (const id of Object.keys(ONET)) {
    if (!leaves.some((e) => e.id === id))
      console.warn(`Curated id ${id} is not an O*NET leaf in ${ONET_FILE}.`);
  }
  for (const r of RUNGS) {
    checkTerms(`rungs:${r.slug}`, r.terms, r.exclude ?? []);
    if (r.nameIsTerm !== false) checkTerms(`rungs:${r.slug}`, [r.name.toLowerCase()], []);
    competencies.push({
      id: `rungs:${r.slug}`,
      name: r.name,
      domain: r.domain,
      source: 'rungs',
      group: null,
      description: r.description,
      terms: [
        ...new Set([...(r.nameIsTerm === false ? [] : [r.name.toLowerCase()]), ...r.terms]),
      ].filter((t) => tokenizeKsaText(t).length > 0),
      exclude: r.exclude ?? [],
      inContext: r.inContext,
      specificity: r.specificity,
    });
  }
  if (missing.length > 0)
    console.warn(`O*NET leaves without curated terms (their name is used): ${missing.join('; ')}`);
  const counts = new Map<string, number>();
  for (const c of competencies) counts.set(c.domain, (counts.get(c.domain) ?? 0) + 1);
  console.log(
    `build-competencies: ${competencies.length} competencies (${[...counts].map(([d, n]) => `${d} ${n}`).join(', ')}).`,
  );
  return {
    source:
      'O*NET 29.3 Content Model Reference (knowledge, skills, abilities, work styles; https://www.onetcenter.org/content.html); rungs:* competencies defined by the Rungs project.',
    licence: `O*NET elements: ${model.license} (https://creativecommons.org/licenses/by/4.0/). rungs:* entries: the Rungs project's own.`,
    attribution:
      'This vocabulary includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Rungs has modified all or some of this information (terms, specificity); USDOL/ETA has not approved, endorsed, or tested these modifications.',
    generatedBy: 'scripts/build-competencies.ts',
    competencies,
  };
}

writeFileSync(OUT_FILE, `${JSON.stringify(build(), null, 1)}\n`);
console.log(`build-competencies: wrote ${OUT_FILE}.`);
