import ConvTutorCLI

ConvTutorCommand.main()
