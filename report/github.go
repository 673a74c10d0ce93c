package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/reconcile"
)

var ghCommands = map[reconcile.Severity]string{
	reconcile.Error: "error", reconcile.Warning: "warning", reconcile.Info: "notice",
}

// GitHub writes the findings of r as GitHub Actions workflow commands
// (::error file=…,line=…::…), which the Actions runner turns into
// annotations on the files.
func GitHub(w io.Writer, r *reconcile.Result) error {
	ix := newIndex(r)
	for i := range r.Findings {
		f := &r.Findings[i]
		locs := ix.locations(f)
		if len(locs) == 0 {
			continue
		}
		l := locs[0]
		props := fmt.Sprintf("file=%s,line=%d", ghProperty(l.Start.Path), l.Start.Line)
		if l.Start.Col > 0 {
			props += fmt.Sprintf(",col=%d", l.Start.Col)
		}
		if l.End.Line > 0 && l.End.Col > 0 {
			props += fmt.Sprintf(",endLine=%d,endColumn=%d", l.End.Line, l.End.Col)
		}
		props += ",title=" + ghProperty("crosscheck "+f.Kind.String()+" "+f.ID)
		msg := message(f)
		for _, o := range locs[1:] {
			msg += fmt.Sprintf("\n%s:%d: %s", o.Start.Path, o.Start.Line, o.Claim.Text)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", ghCommands[f.Severity], props, ghData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// ghData escapes a workflow command's message.
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a workflow command's property value.
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
