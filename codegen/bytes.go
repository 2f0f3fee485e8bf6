package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// bytesCall writes bytes(), bytes(n), bytes(b) and bytes(ints); all but
// the first two forms return an error too (see check.bytesCall).
func (g *gen) bytesCall(e *ast.Call) *jen.Statement {
	if len(e.Args) == 0 {
		return jen.Index().Byte().Values()
	}
	arg := e.Args[0]
	switch g.info.TypeOf(arg).Kind {
	case check.Int:
		return g.rt("BytesZero").Call(g.expr(arg))
	case check.Bytes:
		return jen.Qual("bytes", "Clone").Call(g.expr(arg))
	}
	return g.rt("BytesOf").Call(g.iterItems(arg, &check.Type{Kind: check.Int}))
}

// bytesMethod writes a method call on bytes r; nil for a method it does
// not know.
func (g *gen) bytesMethod(r *jen.Statement, m string, e *ast.Call) *jen.Statement {
	arg := func(i int) *jen.Statement { return g.expr(e.Args[i]) }
	switch m {
	case "decode":
		return g.rt("BytesDecode").Call(r)
	case "split":
		if len(e.Args) == 0 {
			return g.rt("BytesFields").Call(r)
		}
		return g.rt("BytesSplit").Call(r, arg(0))
	case "strip", "lstrip", "rstrip":
		return g.rt(map[string]string{"strip": "BytesStrip", "lstrip": "BytesLStrip", "rstrip": "BytesRStrip"}[m]).Call(r)
	case "upper":
		return g.rt("BytesUpper").Call(r)
	case "lower":
		return g.rt("BytesLower").Call(r)
	case "hex":
		return jen.Qual("encoding/hex", "EncodeToString").Call(r)
	case "startswith":
		return jen.Qual("bytes", "HasPrefix").Call(r, arg(0))
	case "endswith":
		return jen.Qual("bytes", "HasSuffix").Call(r, arg(0))
	case "find":
		return jen.Qual("bytes", "Index").Call(r, arg(0))
	case "count":
		return g.rt("BytesCount").Call(r, arg(0))
	case "replace":
		return jen.Qual("bytes", "ReplaceAll").Call(r, arg(0), arg(1))
	}
	return nil
}

// bytesContains writes "n in b" and "n not in b" for an int n, nil for
// other comparisons: rt.BytesContains, a ValueError for n outside 0..255.
func (g *gen) bytesContains(e *ast.Compare) jen.Code {
	if len(e.Ops) != 1 || (e.Ops[0] != "in" && e.Ops[0] != "not in") ||
		g.info.TypeOf(e.Left).Kind != check.Int || g.info.TypeOf(e.Comparators[0]).Kind != check.Bytes {
		return nil
	}
	fn := "BytesContains"
	if e.Ops[0] == "not in" {
		fn = "BytesNotContains"
	}
	return g.rt(fn).Call(g.expr(e.Comparators[0]), g.expr(e.Left))
}
