"""HTTP layer of the sync server: request/response models, middleware, routes, docs page."""
