/**
 * The shape of a map from each value of a choice to its locale key, written out (the i18n-keys
 * lint rule checks written-out keys only): every value has a key, and each key is the value under
 * the map's prefix, so a line copied from a neighbour and not renamed fails to compile.
 */
export type LabelKeys<Value extends string, Prefix extends string> = { readonly [V in Value]: `${Prefix}.${V}` };
