/**
 * A GitHub Actions annotation: `::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`,
 * one physical line, with `%`, CR and LF escaped in the message and `,` `:` also escaped in properties.
 */
export const WORKFLOW_COMMAND =
  /^::(error|warning|notice) file=[^,:\r\n]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\r\n]+::(?:[^%\r\n]|%25|%0D|%0A)*$/;
