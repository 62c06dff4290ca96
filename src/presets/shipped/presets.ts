/*
 * The PBOC-based shipped presets, each in a module of its own (so that importing one bundles only
 * its data: account-policy/presets/cn-pboc-2018 and the others).
 */
export { CN_PBOC_2018 } from './cnPboc2018';
export { CN_PBOC_2016 } from './cnPboc2016';
export { TIERED_GENERIC } from './tieredGeneric';
