// What other areas may use of campaigns: the asks of a campaign's message box, offered as a closing ask.
export {};
