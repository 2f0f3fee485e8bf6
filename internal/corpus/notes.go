package corpus

import (
	"bufio"
	"strings"
)

// Example is one program of the seed notes with the output printed after it.
type Example struct {
	Code   string // the program, as in the ```python block
	Output string // the lines the ```sh block printed after its command line
}

// ParseNotes extracts the examples of a Markdown document in the style of
// the seed notes: each ```python block followed (before the next python
// block) by a ```sh block whose first line is the command ("> python
// main.py") and whose other lines are what it printed.
func ParseNotes(md string) []Example {
	var out []Example
	var lang string
	var block []string
	inBlock := false
	pending := false // a python block waits for its output
	sc := bufio.NewScanner(strings.NewReader(md))
	for sc.Scan() {
		line := sc.Text()
		if !inBlock {
			if l, ok := strings.CutPrefix(line, "```"); ok {
				inBlock, lang, block = true, strings.TrimSpace(l), nil
			}
			continue
		}
		if strings.HasPrefix(line, "```") {
			inBlock = false
			text := strings.Join(block, "\n") + "\n"
			switch {
			case lang == "python":
				out = append(out, Example{Code: text})
				pending = true
			case lang == "sh" && pending:
				if len(block) > 0 {
					block = block[1:] // the command line
				}
				out[len(out)-1].Output = strings.Join(block, "\n") + "\n"
				pending = false
			}
			continue
		}
		block = append(block, line)
	}
	return out
}
