import ConvPrompt
