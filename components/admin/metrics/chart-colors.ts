/**
 * Series colours, in a plain module: a server component that imports a value
 * from a "use client" file gets a client reference, not the value (the bars
 * rendered black that way). Hex, not CSS variables: SVG presentation
 * attributes (fill, stroke) do not resolve var().
 */
export const CHART_COLORS = ["#4f46e5", "#a5b4fc", "#0d9488", "#d97706", "#db2777"];
