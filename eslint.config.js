import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const uiAndStorage = [
  "react",
  "react-dom",
  "react-dom/*",
  "@xyflow/react",
  "zustand",
  "zustand/*",
  "dexie",
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "playwright-report",
      "test-results",
      "coverage",
      "public",
      "bench/.out",
      "**/.out",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='eval']", message: "No eval." },
        { selector: "NewExpression[callee.name='Function']", message: "No new Function." },
      ],
    },
  },
  {
    files: ["src/ui/**/*.tsx", "src/ui/**/*.ts", "src/main.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-restricted-properties": [
        "error",
        { property: "dangerouslySetInnerHTML", message: "User text is never HTML." },
      ],
    },
  },
  {
    files: ["src/domain/**", "src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: uiAndStorage.filter((p) => !p.includes("*")),
          patterns: ["react-dom/*", "zustand/*", "**/ui/**", "**/store/**", "**/persistence/**"],
        },
      ],
    },
  },
);
