export * from './care-event-input.js';
export * from './care-events.service.js';
export * from './care.module.js';
export * from './entities/care-event.entity.js';
export * from './entities/care-line.entity.js';
export * from './entities/need.entity.js';
export * from './entities/rollups.entity.js';
export * from './needs.service.js';
