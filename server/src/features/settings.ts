// Effective configuration of a document: the nearest .gazettelintrc.json merged
// with the editor's gazette.* settings (settings win for rule severities).
import { allRules, parseSeverity, resolveConfig, type ResolvedConfig, type SeveritySetting, type Suppression } from '../engine';
import { ConfigLoader, formatConfigProblem, readSuppressions, suppressionKey, suppressionsFileFor } from '../node';
import { uriToPath } from './workspaceFiles';

export type Locale = ResolvedConfig['locale'];

export interface EditorSettings {
  /** gazette.rules: { "<rule id>": "off" | "warn" | "error" | "info" | "hint" } */
  rules: Record<string, unknown>;
  /** gazette.filePatterns: globs of other files (.txt, .md drafts) to treat as gazettes. */
  filePatterns: string[];
  /** gazette.locale: "auto" follows the configuration file (default zh-en). */
  locale: 'auto' | Locale;
}

export const defaultSettings: EditorSettings = { rules: {}, filePatterns: [], locale: 'auto' };

/** Sanitises whatever the client sent for the "gazette" section. */
export function readSettings(value: unknown): EditorSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const rules = v.rules && typeof v.rules === 'object' && !Array.isArray(v.rules) ? (v.rules as Record<string, unknown>) : {};
  const patterns = Array.isArray(v.filePatterns) ? v.filePatterns.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
  const locale = ['zh-en', 'zh', 'en'].includes(v.locale as string) ? (v.locale as Locale) : 'auto';
  return { rules, filePatterns: patterns, locale };
}

export interface DocumentConfig {
  config: ResolvedConfig;
  locale: Locale;
  settings: EditorSettings;
  /** The .gazettelintrc.json used, if any. */
  configFile?: string;
  /** Accepted findings from .gazettelint-suppressions.json, and this draft's key in it. */
  suppressions: Suppression[];
  suppressionsFile?: string;
  suppressionKey?: string;
}

export interface ConfigFileReport {
  file: string;
  /** "key: message" for each problem; empty when the file is fine. */
  problems: string[];
}

export class ConfigurationService {
  private readonly perDocument = new Map<string, Promise<DocumentConfig>>();
  /** One loader per set of severity overrides from the settings (usually just one). */
  private readonly loaders = new Map<string, ConfigLoader>();
  private readonly reported = new Set<string>();
  private readonly suppressionFiles = new Map<string, Suppression[]>();

  constructor(
    private readonly fetchSettings: (scopeUri: string | undefined) => Promise<unknown>,
    /** Called the first time a configuration file is read after each change, with its problems. */
    private readonly onConfigFile: (report: ConfigFileReport) => void = () => {},
  ) {}

  /** Forget everything: settings or a configuration file changed. */
  invalidate(): void {
    this.perDocument.clear();
    this.loaders.clear();
    this.reported.clear();
    this.suppressionFiles.clear();
  }

  async settings(scopeUri?: string): Promise<EditorSettings> {
    try {
      return readSettings(await this.fetchSettings(scopeUri));
    } catch {
      return defaultSettings;
    }
  }

  forDocument(uri: string): Promise<DocumentConfig> {
    let pending = this.perDocument.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.perDocument.set(uri, pending);
    }
    return pending;
  }

  private async load(uri: string): Promise<DocumentConfig> {
    const settings = await this.settings(uri);
    const overrides: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(settings.rules)) {
      const severity = parseSeverity(Array.isArray(value) ? value[0] : value);
      if (severity) overrides[id] = severity;
    }
    const file = uriToPath(uri);
    let config: ResolvedConfig;
    let configFile: string | undefined;
    let suppressions: Suppression[] = [];
    let suppressionsFile: string | undefined;
    if (file) {
      const key = JSON.stringify(overrides);
      let loader = this.loaders.get(key);
      if (!loader) this.loaders.set(key, (loader = new ConfigLoader({ overrides })));
      const loaded = loader.forFile(file);
      config = loaded.config;
      configFile = loaded.file;
      suppressionsFile = suppressionsFileFor(file, loaded);
      suppressions = this.readSuppressions(suppressionsFile);
      if (configFile && !this.reported.has(configFile)) {
        this.reported.add(configFile);
        this.onConfigFile({ file: configFile, problems: loaded.problems.map((p) => formatConfigProblem({ ...p, file: '' })) });
      }
    } else {
      config = resolveConfig(undefined, allRules, overrides).config;
    }
    // The editor's locale setting wins over the file's.
    if (settings.locale !== 'auto' && settings.locale !== config.locale) config = { ...config, locale: settings.locale };
    return {
      config,
      settings,
      locale: config.locale,
      configFile,
      suppressions,
      suppressionsFile,
      suppressionKey: suppressionsFile && file ? suppressionKey(suppressionsFile, file) : undefined,
    };
  }

  private readSuppressions(file: string): Suppression[] {
    let list = this.suppressionFiles.get(file);
    if (!list) {
      try {
        list = readSuppressions(file);
      } catch (error) {
        list = [];
        this.onConfigFile({ file, problems: [error instanceof Error ? error.message : String(error)] });
      }
      this.suppressionFiles.set(file, list);
    }
    return list;
  }
}
