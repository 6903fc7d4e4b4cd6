/** Testimony documents and custom templates over the vault. Plain Node: no Electron. */
export { createTemplateStore, type TemplateStore } from './template-store';
export { createTestimonyService, type CreateTestimonyInput, type TestimonyService } from './testimony-service';
