import type { ReactNode } from 'react';

/** Small line icons drawn inline (nothing is fetched); decorative, since every button has a label. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
      {children}
    </svg>
  );
}

const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const icons = {
  bulletList: (
    <Icon>
      <circle cx="5" cy="7" r="1.4" fill="currentColor" />
      <circle cx="5" cy="12" r="1.4" fill="currentColor" />
      <circle cx="5" cy="17" r="1.4" fill="currentColor" />
      <path d="M9.5 7H20M9.5 12H20M9.5 17H20" {...line} />
    </Icon>
  ),
  orderedList: (
    <Icon>
      <path
        d="M4 5h1.5v4M4 9h3M4 14.5c0-1 .8-1.5 1.5-1.5s1.5.5 1.5 1.3c0 1.2-3 2-3 3.7h3M10 7h10M10 12h10M10 17h10"
        {...line}
        strokeWidth={1.6}
      />
    </Icon>
  ),
  blockquote: (
    <Icon>
      <path d="M5 6v12M9 8h10M9 12h10M9 16h6" {...line} />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M9 7 4 12l5 5M4 12h10a6 6 0 0 1 0 12" {...line} transform="translate(0 -3)" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m15 7 5 5-5 5M20 12H10a6 6 0 0 0 0 12" {...line} transform="translate(0 -3)" />
    </Icon>
  ),
  sensitive: (
    <Icon>
      <path d="M12 3 5 6v5c0 4.5 3 8 7 10 4-2 7-5.5 7-10V6l-7-3Z" {...line} />
    </Icon>
  ),
  note: (
    <Icon>
      <path d="M6 3h9l4 4v14H6z M15 3v4h4 M9 12h7M9 16h5" {...line} />
    </Icon>
  ),
  back: (
    <Icon>
      <path d="M15 5 8 12l7 7" {...line} />
    </Icon>
  ),
  chevronDown: (
    <Icon>
      <path d="m7 10 5 5 5-5" {...line} />
    </Icon>
  ),
};
