// Manifest of each package (run from the package's folder). Only the public API goes in: private, `#`,
// protected and static members would otherwise show up as Storybook controls and in IDE completions.
function publicApiOnly() {
  const isPublic = (member) =>
    !member.static && !member.name.startsWith('#') && !member.name.startsWith('_') && (member.privacy ?? 'public') === 'public';
  return {
    name: 'socle-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
          // The analyzer also lists each `dispatchEvent(new SomeEvent(…))` it sees, named after the argument's
          // text (`request`) or not at all: only the events the class documents (`@event {Type} name - …`) stay.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // Each package.json names its manifest already; the analyzer must not write that field anywhere.
  packagejson: false,
  plugins: [publicApiOnly()],
};
