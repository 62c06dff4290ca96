export * from './common';
export * from './classes';
export * from './lifecycle';
export * from './kyc';
export * from './preset';
export * from './monitoring';
