import { AllCommunityModule, ModuleRegistry, provideGlobalGridOptions } from 'ag-grid-community';

// Registered once for every grid of the app (Community features only).
ModuleRegistry.registerModules([AllCommunityModule]);
provideGlobalGridOptions({ loadThemeGoogleFonts: false });
