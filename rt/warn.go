package rt

import (
	"os"
	"strconv"
)

// SyntaxWarning prints a warning of CPython's compiler, as the warnings
// module formats it: "file:line: SyntaxWarning: msg" and the source
// line.
func SyntaxWarning(file string, line int, msg string) {
	s := file + ":" + strconv.Itoa(line) + ": SyntaxWarning: " + msg + "\n"
	if src := sourceLine(file, line); src != "" {
		s += "  " + src + "\n"
	}
	os.Stderr.WriteString(s)
}
