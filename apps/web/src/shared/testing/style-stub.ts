// Stands in for a stylesheet a component imports (jest.config.js, web project).
export default {};
