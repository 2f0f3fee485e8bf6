package codegen

import (
	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/check"
)

// A CancelledError raised by awaiting a cancelled task carries the
// traceback of that await, and recording a traceback means walking the Go
// stack. When the try around the await catches the cancellation with an
// except clause that neither names it nor can raise, no traceback of it is
// ever shown (not even as the context of a later exception), so the await
// is written as AwaitCancelCaught, which skips the recording.

// bodyCatchesCancel reports whether a CancelledError raised in the body of
// s is caught and dropped unseen; outer is the answer for the statements
// around s.
func (g *gen) bodyCatchesCancel(s *ast.Try, outer bool) bool {
	if s.IsStar {
		return false
	}
	for _, h := range s.Handlers {
		switch g.catchesCancel(h) {
		case catchNo:
			continue
		case catchYes:
			return h.Name == "" && !g.raisesIn(h.Body)
		default:
			return false
		}
	}
	return outer
}

type catchKind int

const (
	catchNo catchKind = iota
	catchYes
	catchUnknown
)

// catchesCancel tells whether the except clause h catches CancelledError.
func (g *gen) catchesCancel(h *ast.ExceptHandler) catchKind {
	if g.matchAll(h) {
		return catchYes
	}
	types := []ast.Expr{h.Type}
	if t, ok := h.Type.(*ast.Tuple); ok {
		types = t.Elts
	}
	kind := catchNo
	for _, e := range types {
		switch {
		case isCancelledError(e):
			kind = max(kind, catchYes)
		case g.isOtherClass(e):
		default:
			kind = catchUnknown
		}
	}
	return kind
}

// isOtherClass reports whether e names a class that is neither
// CancelledError nor one of its bases: any other asyncio exception, or an
// exception class other than BaseException (CancelledError derives from
// BaseException alone).
func (g *gen) isOtherClass(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Attribute:
		n, ok := e.Value.(*ast.Name)
		return ok && n.ID == "asyncio" && e.Attr != "CancelledError"
	case *ast.Name:
		v := g.info.Uses[e]
		return v != nil && v.Kind == check.ClassVar && e.ID != "BaseException" && e.ID != "CancelledError"
	}
	return false
}

// withCancelCaught writes the body of s by write with cancelCaught set for
// it, and restores the setting for what follows (the handlers, else and
// finally clauses propagate to the statements around s).
func (g *gen) withCancelCaught(s *ast.Try, write func()) {
	outer := g.fc.cancelCaught
	g.fc.cancelCaught = g.bodyCatchesCancel(s, outer)
	write()
	g.fc.cancelCaught = outer
}
