// Package ast defines the syntax tree of the Python subset that pyasync2go
// translates. The node set mirrors CPython's ast module (same names, same
// fields where they matter), so a tree can be compared with ast.dump output.
// Every node carries the position of its first token. The package imports
// nothing else of the project.
package ast
