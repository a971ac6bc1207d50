/** Output streams and exit code of a command, passed in so that tests can capture them. */
export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  setExitCode(code: number): void;
}

/** Standard output, standard error and `process.exitCode` of the running process. */
export const processIo: CliIo = {
  writeOut: (text) => {
    process.stdout.write(text);
  },
  writeErr: (text) => {
    process.stderr.write(text);
  },
  setExitCode: (code) => {
    process.exitCode = code;
  },
};
