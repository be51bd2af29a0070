package main

import "github.com/urfave/cli/v2"

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:  "inspect",
		Usage: "one call: the scorecard and the transcript annotated sentence by sentence",
		Action: func(c *cli.Context) error {
			return usagef("inspect: not built yet")
		},
	}
}
