import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * Words of the BIP-39 list a share code never uses: a person reads the code aloud, perhaps over the
 * phone or overheard, so no word may alarm or hurt (weapons, violence, death, drugs, sex, crime,
 * police and borders, illness, insults). Codes made before this list are still read
 * (normalizeShareCode knows the whole list).
 */
const UNSPOKEN = new Set(
  `
  abuse accident accuse acid addict adult affair alarm alcohol anger angry anxiety armed armor
  army arrest assault asthma attack awful betray blade blame blast bleak blind blood body bomb
  border bullet bunker buyer cage cannon casino chaos chronic cigar clinic crash crazy crime
  cruel crush cry danger demise despair destroy disease disorder divorce dose drink dumb dwarf
  enemy escape evidence evil execute exile fat fatal fever flee force fury ghost grief guilt gun
  hazard hidden horror hospital hunt hurt ill illegal illness inflict inject injury inmate insane
  isolate kick kiss knife lawsuit liar mad master misery monster nasty nuclear orphan panic
  penalty pill pistol police poverty prison punch rebel rifle riot sad sadness scare secret
  sheriff shock shoot sick siege skull slam smoke soldier spy strike struggle suffer suspect
  sword symptom tobacco tragic trap trigger ugly unhappy upset useless vicious virus visa warfare
  traffic warrior weapon whip wine witness wreck
`.match(/[a-z]+/g),
);

/** The words a new share code is drawn from (the BIP-39 English list less the words above). */
export const SPOKEN_WORDS: readonly string[] = wordlist.filter((w) => !UNSPOKEN.has(w));
